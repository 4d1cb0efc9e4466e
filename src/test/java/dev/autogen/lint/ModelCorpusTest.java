package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model-change case through {@code lint --base} without a dev database: the model check,
 * statement rules, contract gating and folder checks match {@code expected.txt} (its lines that
 * need no database).
 */
class ModelCorpusTest {

  @TestFactory
  Stream<DynamicTest> findingsWithoutDatabaseMatchTheCorpus() throws IOException {
    return ModelCorpus.cases().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      Path repo = ModelCorpus.repository(dir);
                      try {
                        LintReport report =
                            LintRun.run(
                                ModelCorpus.options(repo, false),
                                () -> {
                                  throw new AssertionError("no database wanted");
                                });
                        ModelCorpus.assertAll(dir, ModelCorpus.lines(report), false);
                      } finally {
                        ModelCorpus.delete(repo);
                      }
                    }));
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    assertThat(ModelCorpus.cases()).hasSizeGreaterThanOrEqualTo(20);
  }
}
