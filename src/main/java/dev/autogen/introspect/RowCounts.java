package dev.autogen.introspect;

import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Settles the row estimates that say nothing: a statistics estimate of 0 is also what a table never
 * analysed (or whose cached statistics are stale) reports, so "empty" is only believed once a
 * bounded count confirms it. Each such table is counted up to {@link #BOUND} rows ({@code SELECT
 * count(*) FROM (SELECT 1 FROM t LIMIT n)}), in one read-only query per batch of tables; a count
 * reaching the bound, or a table the session may not read, stays {@link TableStatistics#UNKNOWN}. A
 * table the catalog already proves empty (see {@link #settle(Connection, List, Function, Set)}) is
 * not counted: on a schema of thousands of fresh tables the counts were most of the read.
 */
public final class RowCounts {

  /** Counted exactly below this many rows; a count reaching it says only "not empty". */
  static final int BOUND = 1_000;

  private static final int BATCH = 200;

  private RowCounts() {}

  /**
   * The statistics with every estimate of zero or below replaced by a bounded count or {@link
   * TableStatistics#UNKNOWN}.
   *
   * @param qualified the quoted, schema-qualified SQL name of a table
   */
  public static List<TableStatistics> settle(
      Connection connection,
      List<TableStatistics> statistics,
      Function<Identifier, String> qualified) {
    return settle(connection, statistics, qualified, Set.of());
  }

  /**
   * As {@link #settle(Connection, List, Function)}, but the tables in {@code knownEmpty} (proved
   * empty by the catalog, e.g. a heap without pages) keep their estimate of zero uncounted.
   */
  public static List<TableStatistics> settle(
      Connection connection,
      List<TableStatistics> statistics,
      Function<Identifier, String> qualified,
      Set<Identifier> knownEmpty) {
    List<TableStatistics> unsure =
        statistics.stream()
            .filter(s -> s.estimatedRows() <= 0 && !knownEmpty.contains(s.table()))
            .toList();
    Map<Identifier, Long> counted = new HashMap<>();
    for (int from = 0; from < unsure.size(); from += BATCH) {
      List<TableStatistics> batch = unsure.subList(from, Math.min(unsure.size(), from + BATCH));
      Map<Identifier, Long> counts = new HashMap<>(count(connection, batch, qualified));
      if (counts.isEmpty() && batch.size() > 1) {
        // one table the session may not read failed the batch: count the others one by one
        for (TableStatistics one : batch) {
          counts.putAll(count(connection, List.of(one), qualified));
        }
      }
      counted.putAll(counts);
    }
    List<TableStatistics> settled = new ArrayList<>();
    for (TableStatistics s : statistics) {
      if (s.estimatedRows() > 0) {
        settled.add(s);
      } else if (knownEmpty.contains(s.table())) {
        settled.add(s.withRows(0));
      } else {
        long rows = counted.getOrDefault(s.table(), TableStatistics.UNKNOWN);
        settled.add(s.withRows(rows >= BOUND ? TableStatistics.UNKNOWN : rows));
      }
    }
    return settled;
  }

  private static Map<Identifier, Long> count(
      Connection connection, List<TableStatistics> tables, Function<Identifier, String> qualified) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      if (i > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append("SELECT ")
          .append(i)
          .append(" AS n, (SELECT count(*) FROM (SELECT 1 FROM ")
          .append(qualified.apply(tables.get(i).table()))
          .append(" LIMIT ")
          .append(BOUND)
          .append(") s) AS c");
    }
    Map<Identifier, Long> counts = new HashMap<>();
    Savepoint savepoint = null;
    try {
      // a refused SELECT must not abort the rest of the read-only transaction (PostgreSQL)
      savepoint = connection.setSavepoint();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql.toString())) {
        while (rows.next()) {
          counts.put(tables.get(rows.getInt("n")).table(), rows.getLong("c"));
        }
      }
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      // no privilege to read a table's rows: its size stays unknown, as the estimate said
      rollback(connection, savepoint);
      return Map.of();
    }
    return counts;
  }

  private static void rollback(Connection connection, Savepoint savepoint) {
    if (savepoint == null) {
      return;
    }
    try {
      connection.rollback(savepoint);
    } catch (SQLException ignored) {
      // the transaction ends with the session's rollback anyway
    }
  }
}
