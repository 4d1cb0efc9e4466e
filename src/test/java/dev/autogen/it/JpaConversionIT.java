package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * JPA-semantic conversions on the real PostgreSQL: an {@code @Enumerated} column switching between
 * ORDINAL and STRING keeps each row's constant (a cast would store {@code '0'}), in place and
 * through the rename plan, whose sync trigger maps both ways while both versions run.
 */
class JpaConversionIT {

  private static final List<String> STATUS = List.of("NEW", "PAID", "SHIPPED");

  @Test
  void ordinalToStringInPlaceKeepsTheConstants() throws Exception {
    inSchema(
        c -> {
          LocalPostgres.execute(
              c,
              "CREATE TABLE orders (id bigint PRIMARY KEY, status smallint"
                  + " CHECK (status between 0 and 2));"
                  + " INSERT INTO orders SELECT g, g % 3 FROM generate_series(1, 30) g");
          applyAll(c, current -> withStatus(current, "status", names()), List.of());
          assertThat(text(c, "SELECT string_agg(DISTINCT status, ',') FROM orders"))
              .isEqualTo("NEW,PAID,SHIPPED");
          assertThat(text(c, "SELECT status FROM orders WHERE id = 4")).isEqualTo("PAID");
        });
  }

  @Test
  void stringToOrdinalInPlaceKeepsTheConstants() throws Exception {
    inSchema(
        c -> {
          LocalPostgres.execute(
              c,
              "CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(255)"
                  + " CHECK (status in ('NEW','PAID','SHIPPED')));"
                  + " INSERT INTO orders VALUES (1, 'NEW'), (2, 'SHIPPED'), (3, 'PAID')");
          applyAll(c, current -> withStatus(current, "status", ordinals()), List.of());
          assertThat(text(c, "SELECT string_agg(status::text, ',' ORDER BY id) FROM orders"))
              .isEqualTo("0,2,1");
        });
  }

  @Test
  void ordinalToStringThroughARenameMapsBothWaysWhileBothVersionsRun() throws Exception {
    inSchema(
        c -> {
          LocalPostgres.execute(
              c,
              "CREATE TABLE orders (id bigint PRIMARY KEY, status smallint"
                  + " CHECK (status between 0 and 2));"
                  + " INSERT INTO orders SELECT g, g % 3 FROM generate_series(1, 30) g");
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(
                  c,
                  c.getSchema(),
                  current -> withStatus(current, "status_name", names()),
                  List.of(
                      RenameHint.column(
                          Identifier.of("orders"),
                          Identifier.of("status"),
                          Identifier.of("status_name"))),
                  enumStatus());
          for (PlannedSteps.StepFile step : steps) {
            ScriptRunner.run(c, step.sql(), step.transactional());
            if (step.name().endsWith("_1__step.sql")) {
              // both versions run: the old one writes ordinals, the new one names
              LocalPostgres.execute(c, "INSERT INTO orders (id, status) VALUES (100, 2)");
              LocalPostgres.execute(c, "INSERT INTO orders (id, status_name) VALUES (101, 'PAID')");
              LocalPostgres.execute(c, "UPDATE orders SET status = 0 WHERE id = 1");
              assertThat(text(c, "SELECT status_name FROM orders WHERE id = 100"))
                  .isEqualTo("SHIPPED");
              assertThat(text(c, "SELECT status::text FROM orders WHERE id = 101")).isEqualTo("1");
              assertThat(text(c, "SELECT status_name FROM orders WHERE id = 1")).isEqualTo("NEW");
            }
            if (step.name().contains("backfill")) {
              assertThat(text(c, "SELECT status_name FROM orders WHERE id = 5"))
                  .as("row from before the rollout, after the backfill")
                  .isEqualTo("SHIPPED");
            }
          }
          assertThat(text(c, "SELECT count(*)::text FROM orders WHERE status_name IS NULL"))
              .isEqualTo("0");
          assertThat(text(c, "SELECT status_name FROM orders WHERE id = 4")).isEqualTo("PAID");
        });
  }

  @Test
  void sequenceToIdentityRestartsPastTheLargestId() throws Exception {
    inSchema(
        c -> {
          LocalPostgres.execute(
              c,
              "CREATE SEQUENCE accounts_seq INCREMENT BY 50;"
                  + " CREATE TABLE accounts (id bigint PRIMARY KEY, name text);"
                  + " INSERT INTO accounts SELECT g, 'a' || g FROM generate_series(1, 40) g");
          applyAll(
              c,
              current -> {
                Table t = current.tables().get(0);
                List<Column> columns = new ArrayList<>();
                for (Column col : t.columns()) {
                  columns.add(
                      col.name().value().equals("id")
                          ? col.withIdentity(Optional.of(Identity.BY_DEFAULT))
                          : col);
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
                    List.of());
              },
              List.of());
          assertThat(text(c, "INSERT INTO accounts (name) VALUES ('new') RETURNING id::text"))
              .as("the identity continues after the largest id instead of colliding with id 1")
              .isEqualTo("41");
        });
  }

  /** The entity sources store the constants of the status enum in orders' status columns. */
  private static PlanOptions enumStatus() {
    Identifier orders = Identifier.of("orders");
    return PlanOptions.none()
        .withEncodings(
            List.of(
                ColumnEncoding.enumConstants(orders, Identifier.of("status"), STATUS),
                ColumnEncoding.enumConstants(orders, Identifier.of("status_name"), STATUS)));
  }

  private static Column names() {
    return Column.of("x", SqlType.of("varchar", 255), true);
  }

  private static Column ordinals() {
    return Column.of("x", new SqlType("smallint", List.of()), true);
  }

  /** The orders table with its status column replaced, under {@code name}, by {@code shape}. */
  private static Schema withStatus(Schema current, String name, Column shape) {
    Table t = current.tables().get(0);
    List<Column> columns = new ArrayList<>();
    for (Column col : t.columns()) {
      columns.add(col.name().value().equals("status") ? shape.withName(Identifier.of(name)) : col);
    }
    String quoted = name;
    String check =
        shape.type().name().equals("smallint")
            ? quoted + " between 0 and 2"
            : quoted + " in ('NEW','PAID','SHIPPED')";
    Check ck = new Check(Identifier.of("orders_" + name + "_check"), check);
    return new Schema(
        List.of(
            new Table(
                t.name(),
                columns,
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                List.of(ck))),
        current.sequences());
  }

  private static void applyAll(
      Connection c, UnaryOperator<Schema> desired, List<RenameHint> renames) throws Exception {
    for (PlannedSteps.StepFile step :
        PlannedSteps.plan(c, c.getSchema(), desired, renames, enumStatus())) {
      ScriptRunner.run(c, step.sql(), step.transactional());
    }
  }

  private interface Work {
    void run(Connection c) throws Exception;
  }

  private static void inSchema(Work work) throws Exception {
    LocalPostgres.inSchema("it_conversion", (c, schema) -> work.run(c));
  }

  private static String text(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
