package dev.autogen.introspect.postgres;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.PartitionKey;

/** Reads the partition key of every partitioned table of a schema in one query. */
final class PartitionKeyReader {

  static final CatalogQuery<PartitionKey> QUERY =
      new CatalogQuery<>(
          """
          SELECT c.relname,
                 ARRAY(SELECT a.attname::text
                         FROM unnest(p.partattrs::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a
                           ON a.attrelid = p.partrelid AND a.attnum = k.attnum
                        ORDER BY k.ord) AS columns,
                 p.partexprs IS NOT NULL AS expressions
            FROM pg_catalog.pg_partitioned_table p
            JOIN pg_catalog.pg_class c ON c.oid = p.partrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = ?
           ORDER BY c.relname
          """,
          row ->
              new PartitionKey(
                  Identifier.of(row.getString("relname")),
                  CatalogQuery.strings(row, "columns").stream().map(Identifier::of).toList(),
                  row.getBoolean("expressions")));

  private PartitionKeyReader() {}
}
