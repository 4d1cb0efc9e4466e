package dev.autogen.it;

import dev.autogen.devdb.DevDatabases;
import dev.autogen.lint.LintReport;
import dev.autogen.lint.LintRun;
import dev.autogen.lint.ModelCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model-change case through {@code lint --base} with the local PostgreSQL as dev database (a
 * throwaway schema per case): all findings, including both code versions against every intermediate
 * schema, match {@code expected.txt}; {@code -Dgolden.update=true} rewrites it.
 */
class ModelCorpusIT {

  @TestFactory
  Stream<DynamicTest> allFindingsMatchTheCorpus() throws IOException {
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
                                ModelCorpus.options(repo, true),
                                () ->
                                    DevDatabases.open(
                                        LocalPostgres.URL,
                                        LocalPostgres.USER,
                                        LocalPostgres.PASSWORD));
                        ModelCorpus.assertAll(dir, ModelCorpus.lines(report), true);
                      } finally {
                        ModelCorpus.delete(repo);
                      }
                    }));
  }
}
