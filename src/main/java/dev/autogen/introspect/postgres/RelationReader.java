package dev.autogen.introspect.postgres;

import dev.autogen.introspect.CatalogQuery;

/**
 * Reads every table of a schema with its size estimates in one query. Partitions are left out: they
 * belong to their partitioned parent, which is modelled as the table.
 *
 * <p>A table whose heap has no page at all (never written since it was created or truncated) holds
 * no row: it is marked {@code certainlyEmpty}, so that no bounded count has to open it. The mark is
 * only given where the session may read the table, so a table it may not read keeps the unknown
 * size a refused count gives it; a partitioned parent, whose rows live in its partitions, never has
 * it.
 */
final class RelationReader {

  /** One table row of {@code pg_class}; {@code estimatedRows} is already clamped at zero. */
  record Relation(String name, long estimatedRows, long totalBytes, boolean certainlyEmpty) {}

  // reltuples is -1 for a table never vacuumed or analysed (PostgreSQL 14+), hence the clamp
  static final CatalogQuery<Relation> QUERY =
      new CatalogQuery<>(
          """
          SELECT c.relname,
                 greatest(c.reltuples, 0)::bigint AS estimated_rows,
                 pg_catalog.pg_total_relation_size(c.oid) AS total_bytes,
                 (c.relkind = 'r'
                  AND pg_catalog.pg_relation_size(c.oid) = 0
                  AND pg_catalog.has_table_privilege(c.oid, 'SELECT')) AS certainly_empty
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = ?
             AND c.relkind IN ('r', 'p')
             AND NOT c.relispartition
           ORDER BY c.relname
          """,
          row ->
              new Relation(
                  row.getString("relname"),
                  row.getLong("estimated_rows"),
                  row.getLong("total_bytes"),
                  row.getBoolean("certainly_empty")));

  private RelationReader() {}
}
