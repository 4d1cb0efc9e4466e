package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.Column;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated backfill on a table of one million rows: run outside a transaction, it commits
 * batch by batch. Watched from a second connection while it runs, the backfill's backend moves
 * through many transactions; afterwards every row version it wrote carries the id of a transaction
 * that wrote at most one batch, so no transaction held row locks for more than one batch. An
 * application update of an already filled row goes through while the backfill is still running, and
 * a backfill cancelled half way keeps its finished batches and completes on a rerun.
 */
class BatchedBackfillIT {

  private static final int ROWS = 1_000_000;
  private static final int BATCH = 50_000;

  @Test
  void backfillCommitsEachBatchAndResumesAfterAnInterruption() throws Exception {
    String schema = LocalPostgres.newSchemaName("it_backfill");
    try (Connection admin = LocalPostgres.connect()) {
      LocalPostgres.execute(admin, "CREATE SCHEMA " + schema);
      try {
        run(schema);
      } finally {
        LocalPostgres.execute(admin, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private void run(String schema) throws Exception {
    try (Connection backfill = LocalPostgres.connect();
        Connection watcher = LocalPostgres.connect();
        Connection app = LocalPostgres.connect()) {
      for (Connection c : List.of(backfill, watcher, app)) {
        LocalPostgres.execute(c, "SET search_path TO " + schema);
      }
      LocalPostgres.execute(
          backfill,
          "CREATE TABLE big (id bigint PRIMARY KEY, payload integer NOT NULL);"
              + " INSERT INTO big SELECT g, g % 1000 FROM generate_series(1, "
              + ROWS
              + ") g; ANALYZE big");

      List<PlannedSteps.StepFile> steps =
          PlannedSteps.plan(
              backfill,
              schema,
              BatchedBackfillIT::withTier,
              List.of(),
              new PlanOptions(Map.of("big.tier", "'basic'")).withBatches(BATCH, 0));
      assertThat(steps).extracting(PlannedSteps.StepFile::name).hasSize(5);
      PlannedSteps.StepFile expand = steps.get(0);
      PlannedSteps.StepFile fill = steps.get(1);
      assertThat(fill.name()).contains("backfill");
      assertThat(fill.transactional()).as("the backfill runs outside a transaction").isFalse();
      ScriptRunner.run(backfill, expand.sql(), expand.transactional());

      // first run: cancelled once a few batches have committed
      int backfillPid = pid(backfill);
      CompletableFuture<List<String>> firstRun =
          CompletableFuture.supplyAsync(() -> runCollectingNotices(backfill, fill.sql()));
      awaitFilled(watcher, 3L * BATCH);
      try (Statement s = watcher.createStatement()) {
        s.execute("SELECT pg_cancel_backend(" + backfillPid + ")");
      }
      assertThat(firstRun.get(60, TimeUnit.SECONDS))
          .as("the first run was cancelled")
          .anyMatch(n -> n.startsWith("cancelled"));
      long keptAfterCancel = count(watcher, "SELECT count(*) FROM big WHERE tier IS NOT NULL");
      assertThat(keptAfterCancel)
          .as("committed batches survive the cancel")
          .isGreaterThanOrEqualTo(3L * BATCH)
          .isLessThan(ROWS);

      // second run: watched from the other connection while an application writes
      CompletableFuture<List<String>> secondRun =
          CompletableFuture.supplyAsync(() -> runCollectingNotices(backfill, fill.sql()));
      Set<Long> xids = new HashSet<>();
      int maxOwnXidLocks = 0;
      boolean appUpdated = false;
      while (!secondRun.isDone()) {
        Long xid = backendXid(watcher, backfillPid);
        if (xid != null) {
          xids.add(xid);
        }
        maxOwnXidLocks = Math.max(maxOwnXidLocks, ownTransactionLocks(watcher, backfillPid));
        if (!appUpdated && count(watcher, "SELECT count(*) FROM big WHERE tier IS NULL") > 0) {
          // row 1 was filled by the first run; its lock is long released
          LocalPostgres.execute(app, "SET lock_timeout = '2s'");
          LocalPostgres.execute(app, "UPDATE big SET payload = -1 WHERE id = 1");
          appUpdated = true;
        }
        Thread.sleep(20);
      }
      List<String> notices = secondRun.get(120, TimeUnit.SECONDS);
      assertThat(notices).noneMatch(n -> n.startsWith("cancelled"));
      assertThat(notices)
          .anyMatch(n -> n.contains("autogen backfill 'big.tier'") || n.contains("big.tier"));
      assertThat(notices.get(notices.size() - 1)).contains("finished");

      assertThat(count(watcher, "SELECT count(*) FROM big WHERE tier IS NULL")).isZero();
      assertThat(count(watcher, "SELECT count(*) FROM big")).isEqualTo(ROWS);
      assertThat(appUpdated).as("an application update ran during the backfill").isTrue();
      assertThat(xids.size())
          .as("transactions of the backfill seen from the second connection")
          .isGreaterThan(1);
      assertThat(maxOwnXidLocks)
          .as("transaction id locks the backfill held at once")
          .isLessThanOrEqualTo(1);
      // every row version carries the id of the transaction that wrote it: none wrote (and so
      // row-locked) more than one batch
      assertThat(
              count(
                  watcher,
                  "SELECT max(n) FROM (SELECT xmin::text AS x, count(*) AS n FROM big GROUP BY 1)"
                      + " AS per_transaction"))
          .isLessThanOrEqualTo(BATCH);
      assertThat(count(watcher, "SELECT count(DISTINCT xmin::text) FROM big WHERE payload <> -1"))
          .as("transactions that wrote the rows")
          .isGreaterThanOrEqualTo(ROWS / BATCH);
    }
  }

  private static Schema withTier(Schema current) {
    Table big = current.tables().get(0);
    List<Column> columns = new ArrayList<>(big.columns());
    columns.add(Column.of("tier", SqlType.of("varchar", 20), false));
    return new Schema(
        List.of(
            new Table(
                big.name(),
                columns,
                big.primaryKey(),
                big.uniques(),
                big.indexes(),
                big.foreignKeys(),
                big.checks())),
        current.sequences());
  }

  /** Runs the file statement by statement in autocommit; returns the notices, or "cancelled". */
  private static List<String> runCollectingNotices(Connection c, String sql) {
    List<String> notices = new ArrayList<>();
    try {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        for (SqlStatement statement :
            new StatementSplitter(Dialects.forName("postgres")).split(sql)) {
          s.execute(statement.text());
          for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
            notices.add(w.getMessage());
          }
          s.clearWarnings();
        }
      }
    } catch (SQLException e) {
      notices.add("cancelled: " + e.getMessage());
    }
    return notices;
  }

  private static void awaitFilled(Connection c, long rows) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count(c, "SELECT count(*) FROM big WHERE tier IS NOT NULL") < rows) {
      assertThat(System.nanoTime()).as("backfill progress").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static int pid(Connection c) throws SQLException {
    return (int) count(c, "SELECT pg_backend_pid()");
  }

  private static Long backendXid(Connection c, int pid) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT backend_xid::text FROM pg_stat_activity WHERE pid = " + pid)) {
      return rs.next() && rs.getString(1) != null ? Long.valueOf(rs.getString(1)) : null;
    }
  }

  private static int ownTransactionLocks(Connection c, int pid) throws SQLException {
    return (int)
        count(
            c,
            "SELECT count(*) FROM pg_locks WHERE pid = "
                + pid
                + " AND locktype = 'transactionid' AND granted");
  }

  private static long count(Connection c, String sql) throws SQLException {
    return LocalPostgres.queryLong(c, sql);
  }
}
