package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the base tables of a database with their size estimates in one query over {@code
 * information_schema.TABLES}. {@code TABLE_ROWS} is InnoDB's estimate; MySQL 8 caches it for {@code
 * information_schema_stats_expiry} seconds (a day by default), so it may lag.
 */
final class TableReader {

  // MariaDB lists its sequences as tables of type SEQUENCE; those are read by SequenceReader
  private static final String SQL =
      """
      SELECT TABLE_NAME,
             COALESCE(TABLE_ROWS, 0) AS estimated_rows,
             COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0) AS total_bytes
        FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = ?
         AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
       ORDER BY TABLE_NAME
      """;

  List<TableStatistics> read(Connection connection, String database) throws SQLException {
    return CatalogQuery.list(
        connection,
        SQL,
        database,
        row ->
            new TableStatistics(
                Identifier.of(row.getString("TABLE_NAME")),
                Math.max(0, row.getLong("estimated_rows")),
                row.getLong("total_bytes")));
  }
}
