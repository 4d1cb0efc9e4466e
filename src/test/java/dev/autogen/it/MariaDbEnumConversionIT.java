package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An {@code @Enumerated} column switching between ORDINAL and STRING on the local MariaDB keeps
 * each row's constant both ways through the rename plan: Hibernate stores ordinals in a {@code
 * tinyint} there and names in a native {@code enum(...)}, where a cast would fail on ordinal 0
 * (MariaDB numbers enum members from 1) and turn a name into its alphabetical position.
 */
class MariaDbEnumConversionIT {

  private static final Dialect MARIADB = MysqlDialect.create(MysqlFlavour.MARIADB);

  /** Declaration order, which ordinals count: not the alphabetical order of the enum type. */
  private static final List<String> STATUS = List.of("SHIPPED", "NEW", "PAID");

  private static final String ROWS = "(1, 0), (2, 1), (3, 2), (4, 1)";

  @Test
  void ordinalToNameThroughARenameMapsBothWaysWhileBothVersionsRun() throws Exception {
    LocalMariaDb.inDatabase(
        "it_menum",
        (c, database) -> {
          LocalMariaDb.execute(c, "CREATE TABLE orders (id bigint PRIMARY KEY, status tinyint)");
          LocalMariaDb.execute(c, "INSERT INTO orders VALUES " + ROWS);
          UnaryOperator<Schema> desired = current -> withStatus(current, "status_name", names());
          List<RenameHint> rename =
              List.of(
                  RenameHint.column(
                      Identifier.of("orders"),
                      Identifier.of("status"),
                      Identifier.of("status_name")));
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(MARIADB, c, database, desired, rename, encodings());
          List<PlannedSteps.StepFile> undo =
              PlannedSteps.undo(MARIADB, c, database, desired, rename, encodings());
          for (PlannedSteps.StepFile step : steps) {
            ScriptRunner.run(c, step.sql(), false);
            if (step.name().endsWith("_1__step.sql")) {
              // both versions run: the old one writes ordinals, the new one names
              LocalMariaDb.execute(c, "INSERT INTO orders (id, status) VALUES (100, 0)");
              LocalMariaDb.execute(c, "INSERT INTO orders (id, status_name) VALUES (101, 'PAID')");
              assertThat(text(c, "SELECT status_name FROM orders WHERE id = 100"))
                  .isEqualTo("SHIPPED");
              assertThat(text(c, "SELECT status FROM orders WHERE id = 101")).isEqualTo("2");
            }
          }
          assertThat(text(c, "SELECT status_name FROM orders WHERE id = 3")).isEqualTo("PAID");
          assertThat(text(c, "SELECT status_name FROM orders WHERE id = 1")).isEqualTo("SHIPPED");

          run(undo, c);
          assertThat(statuses(c)).containsExactly("0", "1", "2", "1", "0", "2");
        });
  }

  /**
   * Converted in place (the same column, no rename), as Hibernate 7 maps it on MariaDB: a {@code
   * tinyint} with its range check becomes a native {@code enum(...)} and back. The column passes
   * through text; every row keeps its constant both ways, NULL stays NULL, and each file can run
   * again (after an interruption, or twice) without converting anything twice.
   */
  @Test
  void ordinalToNameInPlaceKeepsEveryRowsConstantBothWaysAndRerunsSafely() throws Exception {
    LocalMariaDb.inDatabase(
        "it_menum_inplace",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE orders (id bigint PRIMARY KEY, status tinyint,"
                  + " CONSTRAINT orders_status_check CHECK (status BETWEEN 0 AND 2))");
          LocalMariaDb.execute(c, "INSERT INTO orders VALUES " + ROWS + ", (5, NULL)");
          UnaryOperator<Schema> desired =
              current -> withoutChecks(withStatus(current, "status", names()));
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(MARIADB, c, database, desired, List.of(), encodings());
          List<PlannedSteps.StepFile> undo =
              PlannedSteps.undo(MARIADB, c, database, desired, List.of(), encodings());
          assertThat(steps).isNotEmpty();
          assertThat(String.join("\n", steps.stream().map(PlannedSteps.StepFile::sql).toList()))
              .contains("varchar(20)")
              .contains("WHEN '0' THEN 'SHIPPED'");
          run(steps, c);
          run(steps, c);
          assertThat(
                  text(
                      c,
                      "SELECT column_type FROM information_schema.columns"
                          + " WHERE table_schema = DATABASE() AND table_name = 'orders'"
                          + " AND column_name = 'status'"))
              .isEqualTo("enum('NEW','PAID','SHIPPED')");
          assertThat(statuses(c)).containsExactly("SHIPPED", "NEW", "PAID", "NEW", null);

          run(undo, c);
          run(undo, c);
          assertThat(
                  text(
                      c,
                      "SELECT column_type FROM information_schema.columns"
                          + " WHERE table_schema = DATABASE() AND table_name = 'orders'"
                          + " AND column_name = 'status'"))
              .startsWith("tinyint");
          assertThat(statuses(c)).containsExactly("0", "1", "2", "1", null);
        });
  }

  /**
   * With more rows than one batch, the in-place rewrite walks the key in --batch-size ranges,
   * committing each: every row's constant survives both ways (key gaps and NULL included), and each
   * file reruns without converting anything twice.
   */
  @Test
  void ordinalToNameInPlaceInBatchesConvertsEveryRowBothWays() throws Exception {
    LocalMariaDb.inDatabase(
        "it_menum_batched",
        (c, database) -> {
          LocalMariaDb.execute(c, "CREATE TABLE orders (id bigint PRIMARY KEY, status tinyint)");
          LocalMariaDb.execute(
              c,
              "INSERT INTO orders VALUES (1, 0), (2, 1), (3, 2), (5, 1), (8, NULL), (9, 2),"
                  + " (12, 0)");
          UnaryOperator<Schema> desired = current -> withStatus(current, "status", names());
          PlanOptions batches = encodings().withBatches(2, 0);
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(MARIADB, c, database, desired, List.of(), batches);
          List<PlannedSteps.StepFile> undo =
              PlannedSteps.undo(MARIADB, c, database, desired, List.of(), batches);
          assertThat(String.join("\n", steps.stream().map(PlannedSteps.StepFile::sql).toList()))
              .contains("CALL autogen_convert_values()")
              .contains("LIMIT 2)")
              .doesNotContain("END WHERE `status` IN");
          assertThat(String.join("\n", undo.stream().map(PlannedSteps.StepFile::sql).toList()))
              .contains("WHEN 'SHIPPED' THEN '0'")
              .contains("CALL autogen_convert_values()");
          run(steps, c);
          assertThat(statuses(c))
              .containsExactly("SHIPPED", "NEW", "PAID", "NEW", null, "PAID", "SHIPPED");
          run(steps, c);
          assertThat(statuses(c))
              .containsExactly("SHIPPED", "NEW", "PAID", "NEW", null, "PAID", "SHIPPED");

          run(undo, c);
          assertThat(statuses(c)).containsExactly("0", "1", "2", "1", null, "2", "0");
          run(undo, c);
          assertThat(statuses(c)).containsExactly("0", "1", "2", "1", null, "2", "0");
        });
  }

  private static Schema withoutChecks(Schema s) {
    Table t = s.tables().get(0);
    return new Schema(
        List.of(
            new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                List.of())),
        s.sequences());
  }

  private static void run(List<PlannedSteps.StepFile> steps, Connection c) throws Exception {
    for (PlannedSteps.StepFile step : steps) {
      // MySQL DDL commits by itself: every script runs statement by statement
      ScriptRunner.run(c, step.sql(), false);
    }
  }

  /** The entity sources store the status enum's constants in both of orders' status columns. */
  private static PlanOptions encodings() {
    Identifier orders = Identifier.of("orders");
    return PlanOptions.none()
        .withEncodings(
            List.of(
                ColumnEncoding.enumConstants(orders, Identifier.of("status"), STATUS),
                ColumnEncoding.enumConstants(orders, Identifier.of("status_name"), STATUS)));
  }

  /** What Hibernate creates on MariaDB for {@code @Enumerated(STRING)}: a native enum. */
  private static Column names() {
    return Column.of("x", MARIADB.types().nativeEnum(STATUS).orElseThrow(), true);
  }

  /** The orders table with its status column replaced, under {@code name}, by {@code shape}. */
  private static Schema withStatus(Schema current, String name, Column shape) {
    Table t = current.tables().get(0);
    List<Column> columns = new ArrayList<>();
    for (Column col : t.columns()) {
      columns.add(col.name().value().equals("status") ? shape.withName(Identifier.of(name)) : col);
    }
    return new Schema(
        List.of(
            new Table(
                t.name(),
                columns,
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                t.checks())),
        current.sequences());
  }

  /** The status of each row by id, as text. */
  private static List<String> statuses(Connection c) throws Exception {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT status FROM orders ORDER BY id")) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static String text(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
