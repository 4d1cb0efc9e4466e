package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Column defaults as users write them in {@code @ColumnDefault}, planned for a new table, applied,
 * read back and used, on both servers. A default's normal form is also what a plan writes, so it
 * must (1) apply, (2) read back with no difference from the entities, and (3) give a new row the
 * value the default as written gives it (a copy of the table whose default is set as written).
 */
class DefaultValueIT {

  @TempDir Path sources;

  /** Defaults both servers take, as {@code type|default}. */
  private static final List<String> BOTH =
      List.of(
          "String|'A'",
          "String|'it''s'",
          "String|''",
          "String|'0'",
          "String|'-3'",
          "String|'(a)'",
          "String|'x  y'",
          "String|'00123'",
          "String|'1.50'",
          "Integer|'5'",
          "Integer|'-1'",
          "java.math.BigDecimal|'1.50'",
          "Integer|0",
          "Integer|-1",
          "Long|'7'",
          "java.math.BigDecimal|1.50",
          "java.math.BigDecimal|-0.5",
          "Boolean|true",
          "Boolean|false",
          "java.time.LocalDate|'2020-01-31'");

  static Stream<Arguments> postgresDefaults() {
    return cases(
        List.of(
            "String|lower('ABC')",
            "String|'a' || 'b'",
            "String|upper('q')",
            "Integer|2 * 3",
            "Integer|(1 + 2)"));
  }

  static Stream<Arguments> mariadbDefaults() {
    return cases(
        List.of(
            "String|'back\\\\slash'",
            "String|lower('ABC')",
            "String|concat('a', 'b')",
            "Integer|(1 + 2)"));
  }

  private static Stream<Arguments> cases(List<String> own) {
    return Stream.concat(BOTH.stream(), own.stream())
        .map(c -> c.split("\\|", 2))
        .map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest
  @MethodSource("postgresDefaults")
  void postgresGivesTheDefaultAsWritten(String type, String value) throws Exception {
    Dialect dialect = PostgresDialect.create();
    Schema desired = desired(dialect, type, value);
    LocalPostgres.inSchema(
        "it_default",
        (c, schema) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(c, schema, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), step.transactional());
          }
          OneEntity.assertNoDifference(
              desired, new Introspector(dialect).read(c, schema).current(), value);
          LocalPostgres.execute(c, "CREATE TABLE ref (LIKE t)");
          LocalPostgres.execute(c, "ALTER TABLE ref ALTER COLUMN v SET DEFAULT " + value);
          assertSameValue(c, value);
        });
  }

  @ParameterizedTest
  @MethodSource("mariadbDefaults")
  void mariadbGivesTheDefaultAsWritten(String type, String value) throws Exception {
    Dialect dialect = MariaDbRoundTripIT.DIALECT;
    Schema desired = desired(dialect, type, value);
    LocalMariaDb.inDatabase(
        "it_default",
        (c, database) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(
                  dialect, c, database, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), false);
          }
          OneEntity.assertNoDifference(
              desired, new Introspector(dialect).read(c, database).current(), value);
          LocalMariaDb.execute(c, "CREATE TABLE ref LIKE t");
          LocalMariaDb.execute(c, "ALTER TABLE ref ALTER COLUMN v SET DEFAULT " + value);
          assertSameValue(c, value);
        });
  }

  private Schema desired(Dialect dialect, String type, String value) throws Exception {
    return OneEntity.read(
        dialect,
        sources,
        "",
        "  @org.hibernate.annotations.ColumnDefault(\""
            + value.replace("\\", "\\\\")
            + "\") "
            + type
            + " v;\n");
  }

  /** A row given no value gets the same one in the planned table as in the one set as written. */
  private static void assertSameValue(Connection c, String value) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO t (id) VALUES (1)");
      s.execute("INSERT INTO ref (id) VALUES (1)");
      try (ResultSet rs = s.executeQuery("SELECT t.v, ref.v FROM t, ref")) {
        rs.next();
        assertThat(rs.getString(1)).as("DEFAULT " + value).isEqualTo(rs.getString(2));
      }
    }
  }
}
