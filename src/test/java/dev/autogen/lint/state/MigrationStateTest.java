package dev.autogen.lint.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.SqlStatement;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The replayed state compares names as the database does. */
class MigrationStateTest {

  private static MigrationState replay(Dialect dialect, String... sql) {
    StatementReader reader = new StatementReader(dialect);
    List<LintStatement> statements =
        java.util.stream.IntStream.range(0, sql.length)
            .mapToObj(i -> reader.read(new SqlStatement(sql[i], i + 1)))
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
}
