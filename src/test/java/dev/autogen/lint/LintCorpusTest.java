package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every corpus case's statement findings (no database) match its {@code expected.txt}. */
class LintCorpusTest {

  @TestFactory
  Stream<DynamicTest> statementFindingsMatchTheCorpus() throws IOException {
    return LintCorpus.cases().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      LintTargets targets = LintCorpus.targets(dir);
                      StatementPass pass = LintCorpus.statements(dir, targets);
                      String expected =
                          LintCorpus.expected(dir)
                              .lines()
                              .filter(l -> !LintCorpus.fromSchemaCheck(l))
                              .map(l -> l + "\n")
                              .collect(Collectors.joining());
                      assertThat(LintCorpus.lines(pass.files(), pass.findings()))
                          .as("statement findings of %s", dir.getFileName())
                          .isEqualTo(expected);
                    }));
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    long linted = 0;
    for (Path dir : LintCorpus.cases()) {
      linted += LintCorpus.targets(dir).targets().size();
    }
    assertThat(linted).isGreaterThanOrEqualTo(60);
  }
}
