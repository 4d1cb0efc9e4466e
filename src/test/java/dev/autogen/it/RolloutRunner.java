package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rolls a generated plan out on the real PostgreSQL while an old-code and a new-code workload run,
 * the way a zero-downtime deploy does: the old version before the first step and after every step
 * up to the first contract step, the new version after every step (its writes start with the expand
 * step). A step that runs outside a transaction (a concurrent index build, a batched backfill) runs
 * in the background while both workloads keep going, so they also run while the backfill is half
 * done. The plan is autogen's own: introspect, diff, classify, plan and render in process ({@link
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
      old.round(oldApp, null);
      boolean contract = false;
      boolean expanded = false;
      boolean backfilled = pending == null;
      boolean sawBackfill = false;
      boolean sawHalfDone = false;
      for (PlannedSteps.StepFile step : steps) {
        contract |= step.name().contains("contract");
        boolean backfill = step.name().contains("backfill");
        if (backfill || !step.transactional()) {
          CompletableFuture<Void> run = CompletableFuture.runAsync(() -> runStep(step));
          do {
            boolean halfDone = backfill && pending != null && count(newApp, pending) > 0;
            if (!contract) {
              old.round(oldApp, crossRead && expanded ? neu : null);
            }
            if (expanded) {
              neu.round(newApp, crossRead && !contract ? old : null);
            }
            sawHalfDone |= halfDone && !run.isDone();
          } while (!run.isDone());
          run.get(60, TimeUnit.SECONDS);
        } else {
          runStep(step);
        }
        if (backfill && pending != null) {
          // the moment the new version may be deployed: it reads the rows from before the rollout
          assertThat(count(newApp, leftBehind))
              .as("rows from before the rollout the backfill left unfilled")
              .isZero();
          sawBackfill = true;
          backfilled = true;
        }
        expanded = true;
        if (!contract) {
          old.round(oldApp, crossRead ? neu : null);
        }
        neu.round(newApp, crossRead && !contract ? old : null);
        afterStep.after(newApp, step, backfilled);
      }
      assertThat(neu.written()).as("the new version wrote rows").isNotEmpty();
      if (pending != null) {
        assertThat(sawBackfill).as("the plan has a backfill step").isTrue();
        assertThat(sawHalfDone).as("both workloads ran while the backfill was half done").isTrue();
      }
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
    return LocalPostgres.queryLong(c, sql);
  }
}
