package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.rules.StatementPass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every corpus case's statement findings (no database) match its {@code expected.txt}. */
class LintCorpusTest {

  @TestFactory
  Stream<DynamicContainer> statementFindingsMatchTheCorpus() {
    return LintCorpus.all().stream()
        .map(corpus -> DynamicContainer.dynamicContainer(corpus.name(), statementTests(corpus)));
  }

  private static Stream<DynamicTest> statementTests(LintCorpus corpus) {
    List<Path> cases;
    try {
      cases = corpus.cases();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return cases.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      LintTargets targets = LintCorpus.targets(dir);
                      StatementPass pass = corpus.statements(dir, targets);
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

  /**
   * The {@code generated_<scenario>} cases are copies of the scenario goldens under {@code
   * fixtures/<scenario>/expected/postgres} (migration and deferred folders, current.sql as V0), so
   * they follow the generator; autogen's own output must lint clean.
   */
  @TestFactory
  Stream<DynamicTest> generatedCasesAreTheCurrentGoldensAndClean() throws IOException {
    return LintCorpus.POSTGRES.cases().stream()
        .filter(dir -> dir.getFileName().toString().startsWith("generated_"))
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      String scenario =
                          dir.getFileName().toString().substring("generated_".length());
                      Path golden = LintCorpus.ROOT.getParent().resolve(scenario);
                      Path migrations = dir.resolve("migrations");
                      List<String> copied = new ArrayList<>();
                      for (String folder : List.of("migration", "deferred")) {
                        Path from = golden.resolve("expected/postgres").resolve(folder);
                        if (!Files.isDirectory(from)) {
                          continue;
                        }
                        try (Stream<Path> files = Files.list(from)) {
                          for (Path f : files.sorted().toList()) {
                            String name = f.getFileName().toString();
                            copied.add(name);
                            assertThat(migrations.resolve(name))
                                .as("%s (refresh the copy)", name)
                                .hasSameTextualContentAs(f);
                          }
                        }
                      }
                      assertThat(migrations.resolve("V0__current.sql"))
                          .hasSameTextualContentAs(golden.resolve("current.sql"));
                      try (Stream<Path> files = Files.list(migrations)) {
                        assertThat(files.map(f -> f.getFileName().toString()))
                            .as("no stale copies")
                            .containsExactlyInAnyOrderElementsOf(
                                Stream.concat(Stream.of("V0__current.sql"), copied.stream())
                                    .toList());
                      }
                      assertThat(LintCorpus.expected(dir))
                          .as("autogen's output lints clean")
                          .isEmpty();
                    }));
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    long linted = 0;
    for (Path dir : LintCorpus.POSTGRES.cases()) {
      linted += LintCorpus.targets(dir).targets().size();
    }
    assertThat(linted).isGreaterThanOrEqualTo(60);
  }

  /** The MariaDB corpus: at least 20 cases, several of them clean. */
  @Test
  void mariadbCorpusIsLargeEnoughWithCleanCases() throws IOException {
    List<Path> cases = LintCorpus.MARIADB.cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    assertThat(cases.stream().filter(d -> LintCorpus.expected(d).isEmpty()).count())
        .isGreaterThanOrEqualTo(5);
  }
}
