package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;

/**
 * Reads the base tables of a database with their size estimates in one query over {@code
 * information_schema.TABLES}. {@code TABLE_ROWS} is InnoDB's estimate; MySQL 8 caches it for {@code
 * information_schema_stats_expiry} seconds (a day by default), so it may lag.
 */
final class TableReader {

  // MariaDB lists its sequences as tables of type SEQUENCE; those are read by SequenceReader
  static final CatalogQuery<TableStatistics> QUERY =
      new CatalogQuery<>(
          """
          SELECT TABLE_NAME,
                 COALESCE(TABLE_ROWS, 0) AS estimated_rows,
                 COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0) AS total_bytes
            FROM information_schema.TABLES
           WHERE TABLE_SCHEMA = ?
             AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
           ORDER BY TABLE_NAME
          """,
          row ->
              new TableStatistics(
                  Identifier.of(row.getString("TABLE_NAME")),
                  Math.max(0, row.getLong("estimated_rows")),
                  row.getLong("total_bytes")));

  private TableReader() {}
}
