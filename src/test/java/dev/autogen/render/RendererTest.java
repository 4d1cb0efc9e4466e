package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.BatchWalk;
import dev.autogen.plan.BatchedBackfill;
import dev.autogen.plan.CreateTable;
import dev.autogen.plan.Phase;
import dev.autogen.plan.Step;
import dev.autogen.plan.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** File layout, naming, quoting and timeouts of rendered plans. */
class RendererTest {

  private final Renderer renderer =
      new Renderer(PostgresDialect.create(), TemplateSource.bundled());

  @Test
  void identifiersNeedingQuotesAreQuoted() {
    Table table =
        new Table(
            Identifier.of("user"),
            List.of(
                Column.of("Mixed Case", SqlType.of("text"), true),
                Column.of("plain", SqlType.of("integer"), false)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("plain")))),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(renderer.statement(new CreateTable(table)))
        .isEqualTo(
            """
            CREATE TABLE "user" (
              "Mixed Case" text,
              plain integer NOT NULL,
              PRIMARY KEY (plain)
            )""");
  }

  @Test
  void stepsGoToFoldersByPhaseWithConfForNonTransactionalSteps() {
    var files =
        renderer.render(SamplePlans.concurrentUniqueIndex(), RendererGoldenTest.settings("x"));
    assertThat(files)
        .extracting(f -> f.path().toString().replace('\\', '/'))
        .containsExactly(
            "db/migration/V20261125113800_1__x_index.sql",
            "db/migration/V20261125113800_1__x_index.sql.conf",
            "db/rollback/U20261125113800_1__x_index.sql",
            "db/migration/V20261125113800_2__x_unique.sql",
            "db/rollback/U20261125113800_2__x_unique.sql");
    assertThat(files.get(1).text()).isEqualTo("executeInTransaction=false\n");
    assertThat(files.get(2).text()).contains("\n-- autogen: run outside a transaction\n");

    var contract =
        renderer.render(SamplePlans.renameWithSyncTrigger(), RendererGoldenTest.settings("x"));
    assertThat(contract)
        .extracting(f -> f.path().getParent().toString().replace('\\', '/'))
        .containsExactly(
            "db/migration",
            "db/rollback",
            "db/migration",
            "db/rollback",
            "db/deferred",
            "db/rollback");
  }

  @Test
  void longRunningStepsHaveNoStatementTimeout() {
    var files =
        renderer.render(
            SamplePlans.renameWithSyncTrigger(),
            new RenderSettings("1", "m", Path.of("a"), Path.of("b"), Path.of("c"), "2s", "30s"));
    assertThat(files.get(0).text())
        .contains("SET LOCAL lock_timeout = '2s';\nSET LOCAL statement_timeout = '30s';\n");
    assertThat(files.get(2).text()).contains("SET LOCAL statement_timeout = '0';\n"); // backfill
    assertThat(files.get(0).text()).endsWith(";\n").doesNotEndWith("\n\n");
  }

  @Test
  void timeoutsEndWithTheFile() {
    var files =
        renderer.render(SamplePlans.concurrentUniqueIndex(), RendererGoldenTest.settings("x"));
    // outside a transaction: set for the session and RESET at the end, in the undo script too
    for (int i : new int[] {0, 2}) {
      assertThat(files.get(i).text())
          .contains("\nSET lock_timeout = '5s';\n")
          .doesNotContain("SET LOCAL")
          .endsWith("\nRESET lock_timeout;\nRESET statement_timeout;\n");
    }
    // in a transaction: SET LOCAL ends with it, in the undo script too
    var inTransaction =
        renderer.render(SamplePlans.contractDropColumn(), RendererGoldenTest.settings("x"));
    for (var f : inTransaction) {
      assertThat(f.text())
          .contains("\nSET LOCAL lock_timeout = '5s';\n")
          .doesNotContain("RESET")
          .doesNotContainPattern("(?m)^SET (lock|statement)_timeout");
    }
  }

  @Test
  void timeoutsAreWrittenAsLiterals() {
    var files =
        renderer.render(
            SamplePlans.contractDropColumn(),
            new RenderSettings(
                "1", "m", Path.of("a"), Path.of("b"), Path.of("c"), "5s'; DROP", "1s"));
    assertThat(files.get(0).text()).contains("SET LOCAL lock_timeout = '5s''; DROP';");
  }

  @Test
  void irreversibleStepsSaySo() {
    var files = renderer.render(SamplePlans.contractDropColumn(), RendererGoldenTest.settings("x"));
    assertThat(files.get(0).text())
        .contains("\n-- IRREVERSIBLE: the downgrade cannot restore dropped data\n")
        .contains("\n-- - drop_column user.legacy_code: breaking — running code still selects")
        .contains("\n--   hazard data_loss: values of user.legacy_code are lost\n");
    assertThat(
            renderer
                .render(
                    SamplePlans.newTableWithForeignKeyAndIndex(), RendererGoldenTest.settings("x"))
                .get(0)
                .text())
        .doesNotContain("IRREVERSIBLE");
  }

  @Test
  void lineBreaksInHeaderTextStayInsideTheComment() {
    Step step =
        new Step(
            Phase.EXPAND,
            "s",
            "title\nDROP TABLE x;",
            "why",
            "next",
            true,
            true,
            List.of(),
            List.of(),
            List.of());
    String text =
        renderer
            .render(
                new dev.autogen.plan.MigrationPlan(List.of(step)), RendererGoldenTest.settings("m"))
            .get(0)
            .text();
    assertThat(text).contains("-- title\n-- DROP TABLE x;\n");
    assertThat(text.lines().filter(l -> l.startsWith("DROP"))).isEmpty();
  }

  @Test
  void fileNamesUseSlugs() {
    assertThat(FileNames.slug("  Add User-Preferences!! (v2) "))
        .isEqualTo("add_user_preferences_v2");
    Step step =
        new Step(Phase.EXPAND, "", "t", "w", "n", true, true, List.of(), List.of(), List.of());
    assertThat(FileNames.description("Add users", step)).isEqualTo("add_users");
    assertThat(FileNames.description("!!", step)).isEqualTo("migration");
  }

  @Test
  void revisionMustFitAFlywayVersion() {
    assertThatThrownBy(
            () -> RenderSettings.defaults("2026-11", "m", Path.of("a"), Path.of("b"), Path.of("c")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            RenderSettings.defaults("1.2", "m", Path.of("a"), Path.of("b"), Path.of("c"))
                .lockTimeout())
        .isEqualTo("5s");
  }

  @Test
  void syncTriggerNamesAreShortenedDeterministically() {
    Identifier table = Identifier.of("t".repeat(40));
    Identifier a = Identifier.of("a".repeat(30));
    Identifier b = Identifier.of("b".repeat(30));
    Identifier c = Identifier.of("c".repeat(30));
    Identifier ab = SyncTriggerName.of(table, a, b, 63);
    assertThat(ab.value()).hasSize(63).startsWith("t".repeat(40) + "_sync_");
    assertThat(SyncTriggerName.of(table, a, b, 63)).isEqualTo(ab);
    assertThat(SyncTriggerName.of(table, a, c, 63)).isNotEqualTo(ab);
    assertThat(SyncTriggerName.of(Identifier.of("t"), Identifier.of("a"), Identifier.of("b"), 63))
        .isEqualTo(Identifier.of("t_sync_a_b"));
    Identifier multiByte = SyncTriggerName.of(Identifier.of("é".repeat(40)), a, b, 63);
    assertThat(multiByte.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(63);
  }

  @Test
  void aBatchedBackfillOfAValueReadingColumnsSaysItIsAOneTimeCopy() {
    Identifier users = Identifier.of("users");
    Identifier tier = Identifier.of("tier");
    Identifier id = Identifier.of("id");
    SqlType bigint = SqlType.of("bigint");
    Renderer told = renderer.withExpressionsReadingColumns(java.util.Set.of("lower(name)"));
    String reading =
        told.statement(
            new BatchedBackfill(
                users,
                tier,
                new Value.Expression("lower(name)"),
                new BatchWalk(id, bigint, 10, 0)));
    String constant =
        told.statement(
            new BatchedBackfill(
                users, tier, new Value.Expression("'basic'"), new BatchWalk(id, bigint, 10, 0)));
    assertThat(reading).contains("-- NOTE: lower(name) is computed once per row");
    assertThat(constant).doesNotContain("NOTE:").contains("'basic'");
  }
}
