package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Rolls generated plans out on the real PostgreSQL while an old-code and a new-code workload run:
 * the old version before and through the expand and backfill steps, the new version's writes from
 * the expand step on (both at once, also while the backfill is half done), only the new version
 * through the contract steps. No statement of either may fail, each sees what the other wrote where
 * the shapes share data, and no row is lost. The new version may be deployed once the backfill has
 * finished (the step files say so): from then on it also reads the rows written before the expand
 * step, with their values.
 */
class ExpandContractWorkloadIT {

  private static final int EXISTING_ROWS = 20_000;

  @Test
  void renameColumnKeepsOldAndNewCodeWorking() throws Exception {
    Workload old =
        new Workload(
            "old",
            "INSERT INTO users (username) VALUES (?) RETURNING id",
            "UPDATE users SET username = ? WHERE id = ?",
            "SELECT username FROM users WHERE id = ?");
    Workload neu =
        new Workload(
            "new",
            "INSERT INTO users (display_name) VALUES (?) RETURNING id",
            "UPDATE users SET display_name = ? WHERE id = ?",
            "SELECT display_name FROM users WHERE id = ?");
    inSchema(
        (c, schema) -> {
          rollout(
              c,
              schema,
              current -> renamed(current, "username", "display_name"),
              List.of(
                  RenameHint.column(
                      Identifier.of("users"),
                      Identifier.of("username"),
                      Identifier.of("display_name"))),
              PlanOptions.none(),
              old,
              neu,
              true,
              "display_name",
              id -> "user " + id);
          assertThat(count(c, "SELECT count(*) FROM users")).isEqualTo(expectedRows(old, neu));
          // every row either version wrote holds its last value under the new name
          for (Workload w : List.of(old, neu)) {
            w.written().forEach((id, value) -> assertThat(neu.read(c, id)).isEqualTo(value));
          }
          assertThat(count(c, "SELECT count(*) FROM users WHERE display_name = 'user ' || id"))
              .as("rows that existed before the rollout kept their value")
              .isGreaterThanOrEqualTo(EXISTING_ROWS - old.written().size() - neu.written().size());
        });
  }

  @Test
  void notNullColumnKeepsOldAndNewCodeWorking() throws Exception {
    Workload old =
        new Workload(
            "old",
            "INSERT INTO users (username) VALUES (?) RETURNING id",
            "UPDATE users SET username = ? WHERE id = ?",
            "SELECT username FROM users WHERE id = ?");
    Workload neu =
        new Workload(
            "new",
            "INSERT INTO users (username, tier) VALUES ('new user', ?) RETURNING id",
            "UPDATE users SET tier = ? WHERE id = ?",
            "SELECT tier FROM users WHERE id = ?");
    inSchema(
        (c, schema) -> {
          rollout(
              c,
              schema,
              ExpandContractWorkloadIT::withTier,
              List.of(),
              new PlanOptions(Map.of("users.tier", "'basic'")),
              old,
              neu,
              false,
              "tier",
              id -> "basic");
          assertThat(count(c, "SELECT count(*) FROM users")).isEqualTo(expectedRows(old, neu));
          assertThat(count(c, "SELECT count(*) FROM users WHERE tier IS NULL")).isZero();
          for (Long id : old.ids()) {
            assertThat(neu.read(c, id)).as("old-code row " + id).isEqualTo("basic");
          }
          neu.written().forEach((id, tier) -> assertThat(neu.read(c, id)).isEqualTo(tier));
          assertThat(
                  count(
                      c,
                      "SELECT count(*) FROM pg_constraint WHERE conrelid = 'users'::regclass"
                          + " AND contype = 'c'"))
              .as("the helper check is gone after the last step")
              .isZero();
        });
  }

  /**
   * Creates the users table with rows from before the rollout and rolls the plan out; once the
   * backfill finished the new version reads those rows with the values {@code existing} gives.
   *
   * @param crossRead whether each version must see the other's values (true when both shapes share
   *     the data, as a rename does)
   * @param newColumn the column the backfill fills
   */
  private static List<PlannedSteps.StepFile> rollout(
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options,
      Workload old,
      Workload neu,
      boolean crossRead,
      String newColumn,
      LongFunction<String> existing)
      throws Exception {
    List<PlannedSteps.StepFile> steps =
        RolloutRunner.in(c, schema)
            .crossRead(crossRead)
            .backfillPending(
                "SELECT count(*) FROM users WHERE " + newColumn + " IS NULL",
                // the old version's inserts of a new NOT NULL column stay NULL until the contract
                "SELECT count(*) FROM users WHERE id <= "
                    + EXISTING_ROWS
                    + " AND "
                    + newColumn
                    + " IS NULL")
            .afterStep(
                (newApp, step, backfilled) -> {
                  if (backfilled) {
                    readsExistingRows(newApp, neu, existing, step.name());
                  }
                })
            .run(
                "CREATE TABLE users (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " username varchar(255) NOT NULL);"
                    + " INSERT INTO users (username) SELECT 'user ' || g FROM generate_series(1, "
                    + EXISTING_ROWS
                    + ") g; ANALYZE users",
                desired,
                renames,
                options.withBatches(500, 2),
                old,
                neu);
    assertThat(RolloutRunner.hasContract(steps)).as("the plan has contract steps").isTrue();
    return steps;
  }

  /** The new version reads rows that existed before the rollout with their values. */
  private static void readsExistingRows(
      Connection newApp, Workload neu, LongFunction<String> existing, String after) {
    for (long id : new long[] {1, 2, EXISTING_ROWS / 2, EXISTING_ROWS - 1, EXISTING_ROWS}) {
      assertThat(neu.read(newApp, id))
          .as("after " + after + ", new code reads row " + id + " written before the expand step")
          .isEqualTo(existing.apply(id));
    }
  }

  private static long expectedRows(Workload old, Workload neu) {
    return EXISTING_ROWS + old.written().size() + neu.written().size();
  }

  private static Schema renamed(Schema current, String from, String to) {
    Table t = current.tables().get(0);
    List<Column> columns = new ArrayList<>();
    for (Column col : t.columns()) {
      columns.add(col.name().value().equals(from) ? col.withName(Identifier.of(to)) : col);
    }
    return replace(current, t, columns);
  }

  private static Schema withTier(Schema current) {
    Table t = current.tables().get(0);
    List<Column> columns = new ArrayList<>(t.columns());
    columns.add(Column.of("tier", SqlType.of("varchar", 20), false));
    return replace(current, t, columns);
  }

  private static Schema replace(Schema current, Table t, List<Column> columns) {
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

  private static void inSchema(LocalPostgres.SchemaWork work) throws Exception {
    LocalPostgres.inSchema("it_workload", work);
  }

  private static long count(Connection c, String sql) throws SQLException {
    return LocalPostgres.queryLong(c, sql);
  }
}
