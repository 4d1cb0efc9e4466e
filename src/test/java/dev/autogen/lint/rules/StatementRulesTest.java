package dev.autogen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.RuleDocs;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules run for which dialect, and that each is documented. */
class StatementRulesTest {

  private static List<String> codes(String dialect) {
    return StatementRules.all(Dialects.forName(dialect)).stream()
        .map(r -> r.rule().code())
        .toList();
  }

  @Test
  void postgresOnlyRulesNeverRunOnMysqlAndTheOtherWayRound() {
    List<String> postgresOnly =
        List.of(
            "index-not-concurrent",
            "reindex-not-concurrent",
            "foreign-key-not-valid",
            "check-not-valid",
            "validate-same-transaction",
            "set-not-null-without-check",
            "data-and-schema-change",
            "volatile-default",
            "column-type-change",
            "lock-timeout-missing",
            "default-volatility-unknown",
            "stored-generated-column",
            "constraint-builds-index",
            "drop-schema-cascade",
            "non-transactional-in-transaction",
            "transaction-ended-early",
            "transaction-nesting",
            "primary-key-sets-not-null");
    List<String> mysqlOnly =
        List.of(
            "alter-not-online",
            "index-not-online",
            "column-type-copy",
            "foreign-key-copy",
            "non-atomic-migration",
            "lock-wait-timeout-missing",
            "table-rebuild");
    List<String> shared =
        List.of(
            "not-null-without-default",
            "rename-column",
            "rename-table",
            "drop-column",
            "truncate-table",
            "drop-database");
    for (String dialect : List.of("mysql", "mariadb")) {
      assertThat(codes(dialect))
          .as(dialect)
          .containsAll(mysqlOnly)
          .containsAll(shared)
          .doesNotContainAnyElementsOf(postgresOnly);
    }
    assertThat(codes("postgres"))
        .containsAll(postgresOnly)
        .containsAll(shared)
        .doesNotContainAnyElementsOf(mysqlOnly);
  }

  @Test
  void everyRuleCodeIsExplainedByDocsRulesMd() throws Exception {
    RuleDocs docs = new RuleDocs(Files.readString(Path.of("docs/rules.md")));
    for (String dialect : List.of("postgres", "mariadb")) {
      Dialect d = Dialects.forName(dialect);
      for (StatementRule r : StatementRules.all(d)) {
        String code = r.rule().code();
        assertThat(docs.lintRule(code))
            .as(code)
            .hasValueSatisfying(
                s ->
                    assertThat(s)
                        .startsWith("### " + code + "\n")
                        .contains("Severity:** " + r.rule().severity().word())
                        .contains("Safe alternative:"));
      }
    }
  }
}
