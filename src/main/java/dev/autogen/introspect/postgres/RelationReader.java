package dev.autogen.introspect.postgres;

import dev.autogen.introspect.CatalogQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads every table of a schema with its size estimates in one query. Partitions are left out: they
 * belong to their partitioned parent, which is modelled as the table.
 */
final class RelationReader {

  /** One table row of {@code pg_class}; {@code estimatedRows} is already clamped at zero. */
  record Relation(String name, long estimatedRows, long totalBytes) {}

  // reltuples is -1 for a table never vacuumed or analysed (PostgreSQL 14+), hence the clamp
  private static final String SQL =
      """
      SELECT c.relname,
             greatest(c.reltuples, 0)::bigint AS estimated_rows,
             pg_catalog.pg_total_relation_size(c.oid) AS total_bytes
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ?
         AND c.relkind IN ('r', 'p')
         AND NOT c.relispartition
       ORDER BY c.relname
      """;

  List<Relation> read(Connection connection, String schema) throws SQLException {
    return CatalogQuery.list(
        connection,
        SQL,
        schema,
        row ->
            new Relation(
                row.getString("relname"),
                row.getLong("estimated_rows"),
                row.getLong("total_bytes")));
  }
}
