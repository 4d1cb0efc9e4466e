package dev.autogen.it;

import dev.autogen.devdb.DevDatabases;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.run.LintRun;
import dev.autogen.lint.run.ModelCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model-change case of both corpora through {@code lint --base} with a real dev database: the
 * PostgreSQL corpus on the local PostgreSQL (a throwaway schema per case), the MariaDB corpus on
 * the local MariaDB (a throwaway database per case). All findings, including both code versions
 * against every intermediate schema, match {@code expected.txt}; {@code -Dgolden.update=true}
 * rewrites it.
 */
class ModelCorpusIT {

  @TestFactory
  Stream<DynamicContainer> allFindingsMatchTheCorpus() {
    return Stream.of(
        corpus(
            ModelCorpus.POSTGRES,
            () -> DevDatabases.open(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)),
        corpus(ModelCorpus.MARIADB, () -> DevDatabases.open(LocalMariaDb.URL, null, null)));
  }

  private static DynamicContainer corpus(ModelCorpus corpus, LintRun.DevDatabaseOpener opener) {
    List<Path> cases;
    try {
      cases = corpus.cases();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DynamicContainer.dynamicContainer(
        corpus.name(),
        cases.stream()
            .map(
                dir ->
                    DynamicTest.dynamicTest(
                        dir.getFileName().toString(),
                        () -> {
                          Path repo = ModelCorpus.repository(dir);
                          try {
                            LintReport report = LintRun.run(corpus.options(repo, true), opener);
                            ModelCorpus.assertAll(dir, ModelCorpus.lines(report), true);
                          } finally {
                            ModelCorpus.delete(repo);
                          }
                        })));
  }
}
