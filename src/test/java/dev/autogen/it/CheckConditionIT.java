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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check conditions as users write them in {@code @Check}, planned for a new table, applied, read
 * back and tried with rows, on both servers. A condition's normal form is for comparing only: the
 * plan writes the condition as the source gives it, so a normaliser's slip can never change what
 * the server enforces. Before, the normal form was written: {@code not (a > 1 and b > 2)} became
 * {@code b>2 and not a>1}, {@code code <> '0'} became {@code code<>0} (refused on a varchar),
 * {@code char_length(name) between 1 and 20} became {@code 20 and char_length(name) between 1}.
 *
 * <p>Each condition must (1) apply, (2) read back with no difference from the entities (no change
 * planned again), and (3) accept and refuse exactly the rows a table created with the condition as
 * written accepts and refuses.
 */
class CheckConditionIT {

  static List<String> conditions() {
    return List.of(
        "code <> '0'",
        "not (a > 1 and b > 2)",
        "not (a > 1 or b = 2) or a is null",
        "not (a is null) and not qty in (1, 2)",
        "qty not between 1 and 10",
        "char_length(name) between 1 and 20",
        "qty between -5 and 5",
        "(a > 0 or b > 0) and qty > 0",
        "a + b * 2 > 4",
        "qty % 2 = 0",
        "code in ('A', 'B') or code is null",
        "name like 'a%' or name is null",
        "coalesce(qty, 0) >= 0",
        "a is null or a < b",
        "qty >= -5 and qty <= 5",
        "a between b and qty",
        "code <> 'X' or name is not null",
        "upper(code) = code",
        "trim(name) <> ''",
        "char_length(code) = 1",
        "name like '%@%'",
        "a * b < 10",
        "qty in (-6, 0, 5) and code is not null",
        "case when a > 1 then b > 1 else true end",
        "coalesce(a, b) > 0 or (a is null and b is null)",
        "code in ('0', 'A')",
        "not (code = 'A')",
        "abs(qty) <= 5",
        "mod(qty, 2) = 0",
        "mod(qty + 1, 3) <> 1",
        "position('x' in name) > 0 or name is null",
        "code <> 'a, b'",
        "a != b",
        "code in ('A') or code is null",
        "code not in ('B')");
  }

  @TempDir Path sources;

  @ParameterizedTest
  @MethodSource("conditions")
  void postgresEnforcesTheConditionAsWritten(String condition) throws Exception {
    Dialect dialect = PostgresDialect.create();
    Schema desired = desired(dialect, condition);
    LocalPostgres.inSchema(
        "it_cond",
        (c, schema) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(c, schema, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), step.transactional());
          }
          Schema read = new Introspector(dialect).read(c, schema).current();
          OneEntity.assertNoDifference(desired, read, condition);
          LocalPostgres.execute(c, reference(condition));
          assertSameRows(c, condition);
        });
  }

  @ParameterizedTest
  @MethodSource("conditions")
  void mariadbEnforcesTheConditionAsWritten(String condition) throws Exception {
    Dialect dialect = MariaDbRoundTripIT.DIALECT;
    Schema desired = desired(dialect, condition);
    LocalMariaDb.inDatabase(
        "it_cond",
        (c, database) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(
                  dialect, c, database, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), false);
          }
          Schema read = new Introspector(dialect).read(c, database).current();
          OneEntity.assertNoDifference(desired, read, condition);
          LocalMariaDb.execute(c, reference(condition));
          assertSameRows(c, condition);
        });
  }

  private Schema desired(Dialect dialect, String condition) throws Exception {
    return OneEntity.read(
        dialect,
        sources,
        "@org.hibernate.annotations.Check(name = \"t_rule\", constraints = \"" + condition + "\")",
        "  Integer a;\n"
            + "  Integer b;\n"
            + "  Integer qty;\n"
            + "  @Column(length = 20) String name;\n"
            + "  @Column(length = 5) String code;\n");
  }

  /** The same table, with the condition as written: what the server enforces for it. */
  private static String reference(String condition) {
    return "CREATE TABLE ref (id bigint PRIMARY KEY, a integer, b integer, qty integer,"
        + " name varchar(20), code varchar(5), CONSTRAINT ref_rule CHECK ("
        + condition
        + "))";
  }

  /** Every row of a small grid, nulls included, goes into both tables or into neither. */
  private static void assertSameRows(Connection c, String condition) throws SQLException {
    List<String> differ = new ArrayList<>();
    int id = 0;
    for (String a : Arrays.asList(null, "0", "2")) {
      for (String b : Arrays.asList("1", "3")) {
        for (String qty : Arrays.asList(null, "-6", "0", "5", "11")) {
          for (String name : Arrays.asList(null, "''", "'ab'")) {
            for (String code : Arrays.asList("'0'", "'A'")) {
              String values = ++id + ", " + a + ", " + b + ", " + qty + ", " + name + ", " + code;
              boolean planned = inserted(c, "t", values);
              boolean written = inserted(c, "ref", values);
              if (planned != written) {
                differ.add("(" + values + "): planned " + planned + ", as written " + written);
              }
            }
          }
        }
      }
    }
    assertThat(differ).as(condition).isEmpty();
  }

  private static boolean inserted(Connection c, String table, String values) {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + table + " VALUES (" + values + ")");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
