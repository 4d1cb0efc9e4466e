package dev.autogen.it;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.lint.Finding;
import dev.autogen.lint.LintCorpus;
import dev.autogen.lint.LintTargets;
import dev.autogen.lint.SchemaCheck;
import dev.autogen.lint.SchemaSnapshots;
import dev.autogen.lint.StatementPass;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus case, statement rules and schema check together, on the local PostgreSQL (a
 * throwaway schema per case): the findings match {@code expected.txt} exactly.
 */
class LintCorpusIT {

  @TestFactory
  Stream<DynamicTest> allFindingsMatchTheCorpus() throws IOException {
    return LintCorpus.cases().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      LintTargets targets = LintCorpus.targets(dir);
                      StatementPass pass = LintCorpus.statements(dir, targets);
                      List<Finding> all = new ArrayList<>(pass.findings());
                      try (DevDatabase db =
                          DevDatabases.open(
                              LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
                        SchemaSnapshots.Snapshots snap =
                            SchemaSnapshots.take(
                                db, LintCorpus.DIALECT, targets.earlier(), targets.linted());
                        all.addAll(
                            SchemaCheck.findings(
                                LintCorpus.DIALECT, snap.before(), snap.after(), pass));
                      }
                      LintCorpus.assertAll(dir, LintCorpus.lines(pass.files(), all));
                    }));
  }
}
