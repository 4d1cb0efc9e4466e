package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import dev.autogen.lint.rules.SchemaCheck;
import dev.autogen.lint.rules.StatementPass;
import dev.autogen.lint.run.LintCorpus;
import dev.autogen.lint.run.LintTargets;
import dev.autogen.lint.run.SchemaSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of both corpora, statement rules and schema check together, on a real dev database:
 * the PostgreSQL corpus on the local PostgreSQL (a throwaway schema per case), the MariaDB corpus
 * on the local MariaDB (a throwaway database per case). The findings match {@code expected.txt}
 * exactly.
 */
class LintCorpusIT {

  /** Opens a fresh dev database for one case. */
  @FunctionalInterface
  private interface Opener {
    DevDatabase open() throws Exception;
  }

  @TestFactory
  Stream<DynamicContainer> allFindingsMatchTheCorpus() {
    return Stream.of(
        corpus(
            LintCorpus.POSTGRES,
            () -> DevDatabases.open(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)),
        corpus(LintCorpus.MARIADB, () -> DevDatabases.open(LocalMariaDb.URL, null, null)));
  }

  private static DynamicContainer corpus(LintCorpus corpus, Opener opener) {
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
                          LintTargets targets = LintCorpus.targets(dir);
                          StatementPass pass = corpus.statements(dir, targets);
                          List<Finding> all = new ArrayList<>(pass.findings());
                          try (DevDatabase db = opener.open()) {
                            SchemaSnapshots.Snapshots snap =
                                SchemaSnapshots.take(
                                    db, corpus.dialect(), targets.earlier(), targets.linted());
                            all.addAll(
                                SchemaCheck.findings(
                                    corpus.dialect(), snap.before(), snap.after(), pass));
                          } catch (MigrationReplayException e) {
                            // the real Flyway refuses a linted file (a statement that cannot run
                            // in a transaction, mixed files): the statement rules must have said
                            // why, with an error on that very file
                            String failed = e.file().orElseThrow().getFileName().toString();
                            assertThat(targets.linted())
                                .extracting(m -> m.path().getFileName().toString())
                                .contains(failed);
                            assertThat(pass.findings())
                                .as(e.getMessage())
                                .anyMatch(
                                    f ->
                                        f.file().endsWith(failed)
                                            && f.rule().severity() == Severity.ERROR);
                          }
                          LintCorpus.assertAll(dir, LintCorpus.lines(pass.files(), all));
                        })));
  }
}
