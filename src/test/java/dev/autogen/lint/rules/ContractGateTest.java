package dev.autogen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.Finding;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementReader;
import dev.autogen.lint.run.LintCorpus;
import dev.autogen.lint.state.MigrationState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract gating without a repository or a database. */
class ContractGateTest {

  @Test
  void contractGateFindsJpqlByFieldNameAndIgnoresOtherTables() {
    List<SourceLocator.Source> sources =
        List.of(
            new SourceLocator.Source(
                "Q.java",
                "class Q {\n  String a = \"select o from Order o where o.note = 1\";\n"
                    + "  String b = \"select u.legacyCode from User u\";\n}\n"));
    MigrationState state = new MigrationState(LintCorpus.DIALECT);
    LintStatement drop =
        new StatementReader(LintCorpus.DIALECT)
            .read(
                new dev.autogen.devdb.SqlStatement("ALTER TABLE users DROP COLUMN legacy_code", 4));
    state.startFile("V9__drop.sql", true, true, true, List.of(drop));
    state.apply(drop);
    StatementPass pass = new StatementPass(List.of(), state, List.of("V9__drop.sql"));
    assertThat(ContractGate.findings(pass, Optional.empty(), sources))
        .extracting(Finding::message)
        .containsExactly("dropping users.legacy_code while the query at Q.java:3 still uses it");
    assertThat(ContractGate.camel("legacy_code")).isEqualTo("legacyCode");
  }
}
