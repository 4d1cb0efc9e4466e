package dev.autogen.lint.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementReader;
import dev.autogen.sql.StatementSplitter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The replayed state compares names as the database does. */
class MigrationStateTest {

  private static MigrationState replay(Dialect dialect, String... sql) {
    StatementReader reader = new StatementReader(dialect);
    StatementSplitter splitter = new StatementSplitter(dialect);
    List<LintStatement> statements =
        java.util.stream.IntStream.range(0, sql.length)
            .mapToObj(i -> reader.read(splitter.statement(sql[i], i + 1)))
            .toList();
    MigrationState state = new MigrationState(dialect);
    state.startFile("V2__change.sql", true, false, false, statements);
    statements.forEach(state::apply);
    return state;
  }

  @Test
  void mysqlColumnNamesCompareWithoutCase() {
    MigrationState state =
        replay(
            Dialects.forName("mariadb"),
            "ALTER TABLE orders ADD COLUMN Price decimal(10,2)",
            "ALTER TABLE orders MODIFY Total int NULL");
    assertThat(state.tables().newColumn("orders", "price")).isTrue();
    assertThat(state.tables().newColumn("orders", "PRICE")).isTrue();
    assertThat(state.tables().type("orders", "price")).isPresent();
    Keys keys = state.keys();
    assertThat(keys.column("orders", "Total")).isEqualTo(keys.column("orders", "total"));
    assertThat(state.touches().touchedBy("V2__change.sql"))
        .contains(keys.subject("orders", Optional.of("TOTAL")), keys.subject("orders.price"));
  }

  @Test
  void postgresQuotedNamesKeepTheirCase() {
    MigrationState state =
        replay(Dialects.forName("postgres"), "ALTER TABLE orders ADD COLUMN \"Price\" numeric");
    assertThat(state.tables().newColumn("orders", "Price")).isTrue();
    assertThat(state.tables().newColumn("orders", "price")).isFalse();
  }

  @Test
  void aValidatedCheckFollowsItsColumnThroughARename() {
    MigrationState state =
        replay(
            Dialects.forName("postgres"),
            "ALTER TABLE t ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID",
            "ALTER TABLE t VALIDATE CONSTRAINT c_nn",
            "ALTER TABLE t RENAME COLUMN c TO d");
    assertThat(state.notNullChecks().validated("t", "d")).isTrue();
    assertThat(state.notNullChecks().validated("t", "c")).isFalse();
    assertThat(state.tables().renames()).hasSize(1);
  }

  @Test
  void nullabilityIsKnownOnlyForDeclaredColumnsAndFollowsTheirChanges() {
    MigrationState state =
        replay(
            Dialects.forName("postgres"),
            "CREATE TABLE t (a bigint, b bigint NOT NULL, c bigint PRIMARY KEY, d text)",
            "ALTER TABLE t ALTER COLUMN b DROP NOT NULL",
            "ALTER TABLE t ALTER COLUMN d SET NOT NULL",
            "ALTER TABLE t RENAME COLUMN a TO a2",
            "ALTER TABLE t ALTER COLUMN old_one SET NOT NULL");
    IndexesAndNullability known = state.indexesAndNullability();
    assertThat(known.knownNullable("t", "a2")).isTrue();
    assertThat(known.knownNullable("t", "a")).isFalse();
    assertThat(known.knownNullable("t", "b")).isTrue();
    assertThat(known.knownNullable("t", "c")).isFalse();
    assertThat(known.knownNullable("t", "d")).isFalse();
    // a column no statement declared is unknown, never assumed nullable
    assertThat(known.knownNullable("t", "never_declared")).isFalse();
  }

  @Test
  void anIndexKeepsItsPlainColumnsAndMarksExpressions() {
    MigrationState state =
        replay(
            Dialects.forName("postgres"),
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS public.t_idx ON ONLY t USING btree (a DESC NULLS LAST, lower(b), (c + 1), \"D\")",
            "CREATE INDEX ON t (a)");
    assertThat(state.indexesAndNullability().index("t_idx"))
        .hasValueSatisfying(
            i -> {
              assertThat(i.table()).isEqualTo("t");
              assertThat(i.columns())
                  .containsExactly(
                      Optional.of("a"), Optional.empty(), Optional.empty(), Optional.of("D"));
            });
    assertThat(state.indexesAndNullability().index("T_IDX")).isEmpty();
  }

  @Test
  void primaryKeyUsingIndexMakesTheIndexColumnsNotNull() {
    MigrationState state =
        replay(
            Dialects.forName("postgres"),
            "CREATE TABLE t (a bigint)",
            "CREATE UNIQUE INDEX t_idx ON t (a)",
            "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_idx");
    assertThat(state.indexesAndNullability().knownNullable("t", "a")).isFalse();
  }
}
