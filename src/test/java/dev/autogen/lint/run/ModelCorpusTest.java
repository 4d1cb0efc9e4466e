package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.report.LintReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model-change case of both corpora through {@code lint --base} without a dev database: the
 * model check, statement rules, contract gating and folder checks match {@code expected.txt} (its
 * lines that need no database).
 */
class ModelCorpusTest {

  @TestFactory
  Stream<DynamicContainer> findingsWithoutDatabaseMatchTheCorpus() {
    return ModelCorpus.all().stream()
        .map(corpus -> DynamicContainer.dynamicContainer(corpus.name(), tests(corpus)));
  }

  private static Stream<DynamicTest> tests(ModelCorpus corpus) {
    return cases(corpus).stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      Path repo = ModelCorpus.repository(dir);
                      try {
                        LintReport report =
                            LintRun.run(
                                corpus.options(repo, false),
                                () -> {
                                  throw new AssertionError("no database wanted");
                                });
                        ModelCorpus.assertAll(dir, ModelCorpus.lines(report), false);
                      } finally {
                        ModelCorpus.delete(repo);
                      }
                    }));
  }

  private static List<Path> cases(ModelCorpus corpus) {
    try {
      return corpus.cases();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    assertThat(ModelCorpus.POSTGRES.cases()).hasSizeGreaterThanOrEqualTo(20);
  }

  /** The MariaDB model corpus: at least 10 pairs, several of them clean. */
  @Test
  void mariadbCorpusIsLargeEnoughWithCleanCases() throws IOException {
    List<Path> cases = ModelCorpus.MARIADB.cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
    long clean = 0;
    for (Path dir : cases) {
      if (Files.size(dir.resolve("expected.txt")) == 0) {
        clean++;
      }
    }
    assertThat(clean).isGreaterThanOrEqualTo(3);
  }
}
