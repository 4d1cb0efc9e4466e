package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rolls a generated plan out on the real PostgreSQL while an old-code and a new-code workload run,
 * the way a zero-downtime deploy does ({@link Rollout}, which the MariaDB scenarios share). The
 * plan is autogen's own: introspect, diff, classify, plan and render in process ({@link
 * PlannedSteps}).
 */
final class RolloutRunner {

  /** A check run with the new version's connection after a step. */
  interface StepCheck {
    /**
     * @param backfilled whether the plan's backfill step has run (or the plan has none that {@link
     *     #backfillPending} watches)
     */
    void after(Connection newApp, PlannedSteps.StepFile step, boolean backfilled)
        throws SQLException;
  }

  /** Work on the migration connection. */
  interface SqlWork {
    void run(Connection c) throws SQLException;
  }

  private final Connection c;
  private final String schema;
  private boolean crossRead = true;
  private String pending;
  private String leftBehind;
  private StepCheck afterStep = (app, step, backfilled) -> {};
  private SqlWork afterCreate = c -> {};

  private RolloutRunner(Connection c, String schema) {
    this.c = c;
    this.schema = schema;
  }

  /** A rollout in {@code schema}; {@code c} runs the migration files. */
  static RolloutRunner in(Connection c, String schema) {
    return new RolloutRunner(c, schema);
  }

  /**
   * Whether each version must read the values the other wrote (true, the default, where both shapes
   * share the data; false when only one version knows the column, as for a new column).
   */
  RolloutRunner crossRead(boolean value) {
    this.crossRead = value;
    return this;
  }

  /**
   * The plan has a backfill step.
   *
   * @param pendingCount counts the rows the backfill has not reached yet: above zero while the
   *     workloads run means they ran while the backfill was half done
   * @param leftBehindCount counts the rows from before the rollout the backfill should have filled
   *     but did not: zero once it finished
   */
  RolloutRunner backfillPending(String pendingCount, String leftBehindCount) {
    this.pending = pendingCount;
    this.leftBehind = leftBehindCount;
    return this;
  }

  /** Runs once the tables exist, before the plan is made (e.g. to note what a step must keep). */
  RolloutRunner afterCreate(SqlWork work) {
    this.afterCreate = work;
    return this;
  }

  RolloutRunner afterStep(StepCheck check) {
    this.afterStep = check;
    return this;
  }

  /** Creates the tables, plans the change to {@code desired} and rolls it out step by step. */
  List<PlannedSteps.StepFile> run(
      String ddl,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options,
      Workload old,
      Workload neu)
      throws Exception {
    LocalPostgres.execute(c, ddl);
    afterCreate.run(c);
    List<PlannedSteps.StepFile> steps = PlannedSteps.plan(c, schema, desired, renames, options);
    assertThat(steps).as("the plan has steps").isNotEmpty();
    try (Connection oldApp = LocalPostgres.connectTo(schema);
        Connection newApp = LocalPostgres.connectTo(schema)) {
      Rollout rollout =
          new Rollout(oldApp, newApp, List.of(new Rollout.Versions(old, neu, crossRead)))
              .backfillPending(pending, leftBehind)
              .afterStep(afterStep);
      rollout.begin();
      for (PlannedSteps.StepFile step : steps) {
        rollout.step(step, () -> runStep(step));
      }
      rollout.end();
    }
    return steps;
  }

  private void runStep(PlannedSteps.StepFile step) {
    try {
      ScriptRunner.run(c, step.sql(), step.transactional());
    } catch (SQLException e) {
      throw new AssertionError(step.name() + " failed: " + e.getMessage(), e);
    }
  }

  /** The text of the steps whose file name contains {@code nameContains} ("" for all). */
  static String sqlOf(List<PlannedSteps.StepFile> steps, String nameContains) {
    return steps.stream()
        .filter(s -> s.name().contains(nameContains))
        .map(PlannedSteps.StepFile::sql)
        .collect(Collectors.joining("\n"));
  }

  static boolean hasContract(List<PlannedSteps.StepFile> steps) {
    return steps.stream().anyMatch(s -> s.name().contains("contract"));
  }

  /** {@code reader} reads the last value each writer wrote to each of its rows. */
  static void writtenReadable(Connection c, Workload reader, Workload... writers) {
    for (Workload w : writers) {
      w.written().forEach((id, value) -> assertThat(reader.read(c, id)).isEqualTo(value));
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    return Rollout.count(c, sql);
  }
}
