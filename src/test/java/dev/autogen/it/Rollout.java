package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The old-code and new-code workloads of one zero-downtime rollout, run around its steps on any
 * server: the old version before the first step and after every step up to the first contract step,
 * the new version after every step (its writes start with the expand step). A step that runs
 * outside a transaction (a concurrent index build, a batched backfill) is applied in the background
 * while both workloads keep going, so they also run while the backfill is half done. How a step is
 * applied (a script on the migration connection, the real Flyway) is the caller's; {@link
 * RolloutRunner} (in-process plans) and {@link ScenarioRunner} (fixture scenarios) share this.
 */
final class Rollout {

  /** The two versions of the code on one table; {@code crossRead}: see {@link #crossRead}. */
  record Versions(Workload old, Workload neu, boolean crossRead) {}

  /** Applies one step. */
  interface Apply {
    void run() throws Exception;
  }

  private final Connection oldApp;
  private final Connection newApp;
  private final List<Versions> versions;
  private String pending;
  private String leftBehind;
  private RolloutRunner.StepCheck afterStep = (app, step, backfilled) -> {};
  private boolean contract;
  private boolean expanded;
  private boolean backfilled = true;
  private boolean sawBackfill;
  private boolean sawHalfDone;

  /**
   * @param oldApp the old version's connection
   * @param newApp the new version's connection
   * @param versions each with {@code crossRead}: whether each version must read the values the
   *     other wrote (true where both shapes share the data; false when only one version knows the
   *     column, as for a new column)
   */
  Rollout(Connection oldApp, Connection newApp, List<Versions> versions) {
    this.oldApp = oldApp;
    this.newApp = newApp;
    this.versions = List.copyOf(versions);
  }

  /** See {@link RolloutRunner#backfillPending}. */
  Rollout backfillPending(String pendingCount, String leftBehindCount) {
    this.pending = pendingCount;
    this.leftBehind = leftBehindCount;
    this.backfilled = pendingCount == null;
    return this;
  }

  Rollout afterStep(RolloutRunner.StepCheck check) {
    this.afterStep = check;
    return this;
  }

  /** The old version at work before the first step. */
  void begin() {
    for (Versions v : versions) {
      v.old().round(oldApp, null);
    }
  }

  /** Applies {@code step} with {@code apply}, the workloads running during and after it. */
  void step(PlannedSteps.StepFile step, Apply apply) throws Exception {
    contract |= step.name().contains("contract");
    boolean backfill = step.name().contains("backfill");
    if (backfill || !step.transactional()) {
      CompletableFuture<Void> run =
          CompletableFuture.runAsync(
              () -> {
                try {
                  apply.run();
                } catch (Exception e) {
                  throw new AssertionError(step.name() + " failed: " + e.getMessage(), e);
                }
              });
      do {
        boolean halfDone = backfill && pending != null && count(newApp, pending) > 0;
        rounds(expanded);
        sawHalfDone |= halfDone && !run.isDone();
      } while (!run.isDone());
      run.get(60, TimeUnit.SECONDS);
    } else {
      apply.run();
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
    rounds(true);
    afterStep.after(newApp, step, backfilled);
  }

  /** Checks made once every step ran: the new version wrote, the backfill was watched half done. */
  void end() {
    for (Versions v : versions) {
      assertThat(v.neu().written()).as("the new version wrote rows").isNotEmpty();
    }
    if (pending != null) {
      assertThat(sawBackfill).as("the plan has a backfill step").isTrue();
      assertThat(sawHalfDone).as("both workloads ran while the backfill was half done").isTrue();
    }
  }

  /** The old version until the contract, the new one once the expand step ran. */
  private void rounds(boolean newRuns) {
    for (Versions v : versions) {
      if (!contract) {
        v.old().round(oldApp, v.crossRead() && expanded ? v.neu() : null);
      }
      if (newRuns) {
        v.neu().round(newApp, v.crossRead() && !contract ? v.old() : null);
      }
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("query returned no row: " + sql);
      }
      return rs.getLong(1);
    }
  }
}
