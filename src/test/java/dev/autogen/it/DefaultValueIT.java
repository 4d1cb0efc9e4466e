package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column defaults as users write them in {@code @ColumnDefault}, planned for a new table, applied,
 * read back and used, on both servers. A default's normal form is also what a plan writes, so it
 * must (1) apply, (2) read back with no difference from the entities, and (3) give a new row the
 * value the default as written gives it (a copy of the table whose default is set as written).
 */
class DefaultValueIT {

  @TempDir Path sources;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "String|'A'",
        "String|'it''s'",
        "String|''",
        "String|'0'",
        "String|'-3'",
        "String|'(a)'",
        "String|lower('ABC')",
        "Integer|0",
        "Integer|-1",
        "Integer|(1 + 2)",
        "Long|'7'",
        "java.math.BigDecimal|1.50",
        "Boolean|true",
        "Boolean|false",
        "java.time.LocalDate|'2020-01-31'",
        "java.math.BigDecimal|-0.5",
        "Integer|2 * 3",
        "String|'a' || 'b'",
        "String|'x  y'",
        "String|upper('q')"
      })
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
          assertNoDifference(desired, new Introspector(dialect).read(c, schema).current(), value);
          LocalPostgres.execute(c, "CREATE TABLE ref (LIKE t)");
          LocalPostgres.execute(c, "ALTER TABLE ref ALTER COLUMN v SET DEFAULT " + value);
          assertSameValue(c, value);
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "String|'A'",
        "String|'it''s'",
        "String|''",
        "String|'0'",
        "String|'-3'",
        "String|'(a)'",
        "String|'back\\\\slash'",
        "Integer|0",
        "Integer|-1",
        "Long|'7'",
        "java.math.BigDecimal|1.50",
        "Boolean|true",
        "Boolean|false",
        "java.time.LocalDate|'2020-01-31'",
        "java.math.BigDecimal|-0.5",
        "Integer|(1 + 2)",
        "String|lower('ABC')",
        "String|concat('a', 'b')",
        "String|'x  y'"
      })
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
          assertNoDifference(desired, new Introspector(dialect).read(c, database).current(), value);
          LocalMariaDb.execute(c, "CREATE TABLE ref LIKE t");
          LocalMariaDb.execute(c, "ALTER TABLE ref ALTER COLUMN v SET DEFAULT " + value);
          assertSameValue(c, value);
        });
  }

  private Schema desired(Dialect dialect, String type, String value) throws Exception {
    Path file = sources.resolve("com/example/T.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "package com.example;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity @Table(name = \"t\")\n"
            + "public class T {\n"
            + "  @Id Long id;\n"
            + "  @org.hibernate.annotations.ColumnDefault(\""
            + value.replace("\\", "\\\\")
            + "\") "
            + type
            + " v;\n"
            + "}\n");
    return new EntityReader(dialect, NamingStrategy.JPA).read(List.of(sources)).desired();
  }

  private static void assertNoDifference(Schema desired, Schema read, String value) {
    assertThat(
            new Differ()
                .diff(read, desired, List.of()).changes().stream().map(Verifier::describe).toList())
        .as("planned again after applying: DEFAULT " + value)
        .isEmpty();
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
