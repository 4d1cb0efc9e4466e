package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.SqlStatement;
import dev.autogen.lint.run.LintCorpus;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which parser reads which statement, and what the rules get from it. */
class StatementReaderTest {

  private static LintStatement read(String sql) {
    return new StatementReader(LintCorpus.DIALECT).read(new SqlStatement(sql, 1));
  }

  @Test
  void jsqlparserReadsPlainStatements() {
    LintStatement s = read("CREATE INDEX idx ON Orders (customer_id)");
    assertThat(s.parser()).isEqualTo("jsqlparser");
    assertThat(s.kind()).isEqualTo(StatementKind.CREATE_INDEX);
    assertThat(s.table()).contains("orders");
    assertThat(s.concurrently()).isFalse();
  }

  @Test
  void postgresOnlySyntaxFallsBackToTokens() {
    LintStatement s =
        read("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON ONLY public.orders (a)");
    assertThat(s.parser()).isEqualTo("tokens");
    assertThat(s.kind()).isEqualTo(StatementKind.CREATE_INDEX);
    assertThat(s.table()).contains("orders");
    assertThat(s.concurrently()).isTrue();
  }

  @Test
  void notValidConstraintsAreRead() {
    LintStatement s =
        read("ALTER TABLE orders ADD CONSTRAINT c CHECK ((email IS NOT NULL)) NOT VALID");
    assertThat(s.parser()).isEqualTo("tokens");
    AlterAction a = s.actions().get(0);
    assertThat(a.kind()).isEqualTo(ActionKind.ADD_CHECK);
    assertThat(a.notValid()).isTrue();
    assertThat(a.constraint()).contains("c");
    assertThat(
            new MigrationState(LintCorpus.DIALECT)
                .notNullChecks()
                .isNotNullColumn(a.expression().get()))
        .contains("email");
  }

  @Test
  void alterColumnActionsComeFromJsqlparserSplit() {
    LintStatement s =
        read(
            "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2) USING total::numeric,"
                + " ALTER COLUMN email SET NOT NULL, ADD COLUMN t uuid DEFAULT gen_random_uuid()");
    assertThat(s.parser()).isEqualTo("jsqlparser");
    assertThat(s.actions())
        .extracting(AlterAction::kind)
        .containsExactly(ActionKind.ALTER_TYPE, ActionKind.SET_NOT_NULL, ActionKind.ADD_COLUMN);
    assertThat(s.actions().get(0).type()).contains("numeric(12, 2)");
    assertThat(s.actions().get(1).column()).contains("email");
    assertThat(s.actions().get(2).expression()).contains("gen_random_uuid()");
  }

  @Test
  void quotedNamesKeepTheirCase() {
    LintStatement s = read("ALTER TABLE \"Orders\" RENAME COLUMN \"Total\" TO amount");
    assertThat(s.table()).contains("Orders");
    assertThat(s.actions().get(0).column()).contains("Total");
    assertThat(s.actions().get(0).expression()).contains("amount");
  }

  @Test
  void maintenanceStatements() {
    assertThat(read("VACUUM (FULL, ANALYZE) orders").detail()).isEqualTo("FULL");
    assertThat(read("VACUUM ANALYZE orders").detail()).isEmpty();
    assertThat(read("REINDEX (CONCURRENTLY) TABLE orders").concurrently()).isTrue();
    assertThat(read("REINDEX TABLE CONCURRENTLY orders").concurrently()).isTrue();
    assertThat(read("REINDEX INDEX idx").concurrently()).isFalse();
    assertThat(read("CLUSTER orders USING idx").kind()).isEqualTo(StatementKind.CLUSTER);
    assertThat(read("SET LOCAL lock_timeout TO '5s'").detail()).isEqualTo("lock_timeout");
    assertThat(read("SET lock_timeout = '5s'").detail()).isEqualTo("lock_timeout");
    // RESET is SET ... TO DEFAULT: a setting statement, not an opaque one
    LintStatement reset = read("RESET lock_timeout");
    assertThat(reset.kind()).isEqualTo(StatementKind.SET);
    assertThat(reset.detail()).isEqualTo("lock_timeout");
    assertThat(reset.actions().get(0).expression()).contains("DEFAULT");
  }

  @Test
  void doBlocksAndFunctionsAreOpaque() {
    assertThat(read("DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$").kind())
        .isEqualTo(StatementKind.DO_BLOCK);
    LintStatement f =
        read(
            "CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $x$ BEGIN NEW.a := NEW.b; END $x$");
    assertThat(f.kind()).isEqualTo(StatementKind.CREATE_FUNCTION);
    assertThat(f.detail()).contains("NEW.a := NEW.b");
    assertThat(f.table()).isEqualTo(Optional.empty());
  }

  @Test
  void commentsCarryTheirText() {
    LintStatement c = read("COMMENT ON COLUMN orders.legacy IS 'deprecated since 2.4'");
    assertThat(c.kind()).isEqualTo(StatementKind.COMMENT);
    assertThat(c.table()).contains("orders");
    assertThat(c.actions().get(0).column()).contains("legacy");
    assertThat(c.actions().get(0).expression()).contains("deprecated since 2.4");
  }
}
