package dev.autogen.introspect.postgres;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the indexes of every table of a schema in one query, leaving out those that back a primary
 * key, unique or exclusion constraint (those are modelled as the constraint).
 *
 * <p>An index is plain when it is a btree over columns only, ascending, with default operator
 * classes, no predicate and no INCLUDE list; anything else is kept whole as its {@code
 * pg_get_indexdef} text so that it is reported and never dropped by accident; its columns then list
 * the plain columns it names (none for an index over expressions only).
 */
final class IndexReader {

  /** An index and the table it belongs to. */
  record TableIndex(String table, Index index) {}

  // pg_get_indexdef opens each index it spells: asked only for the indexes that are not plain
  private static final String SQL =
      """
      SELECT table_name, index_name, indisunique, columns, plain,
             CASE WHEN NOT plain THEN pg_catalog.pg_get_indexdef(indexrelid) END AS definition
        FROM (SELECT t.relname AS table_name,
                     i.relname AS index_name,
                     x.indexrelid,
                     x.indisunique,
                     ARRAY(SELECT a.attname::text
                             FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_catalog.pg_attribute a
                               ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                            ORDER BY k.ord) AS columns,
                     (am.amname = 'btree'
                      AND x.indpred IS NULL
                      AND x.indexprs IS NULL
                      AND x.indnatts = x.indnkeyatts
                      AND NOT EXISTS (SELECT 1 FROM unnest(x.indoption::int2[]) AS o(flags)
                                       WHERE o.flags <> 0)
                      AND NOT EXISTS (SELECT 1
                                        FROM unnest(x.indclass::oid[]) AS k(opclass)
                                        JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opclass
                                       WHERE NOT oc.opcdefault)) AS plain
                FROM pg_catalog.pg_index x
                JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
                JOIN pg_catalog.pg_am am ON am.oid = i.relam
               WHERE n.nspname = ?
                 AND t.relkind IN ('r', 'p')
                 AND NOT EXISTS (SELECT 1
                                   FROM pg_catalog.pg_constraint co
                                  WHERE co.conindid = x.indexrelid
                                    AND co.conrelid = x.indrelid
                                    AND co.contype IN ('p', 'u', 'x'))) AS found
       ORDER BY table_name, index_name
      """;

  List<TableIndex> read(Connection connection, String schema) throws SQLException {
    return CatalogQuery.list(
        connection,
        SQL,
        schema,
        row -> {
          boolean plain = row.getBoolean("plain");
          Index index =
              new Index(
                  Identifier.of(row.getString("index_name")),
                  CatalogQuery.strings(row, "columns").stream().map(Identifier::of).toList(),
                  row.getBoolean("indisunique"),
                  plain ? Optional.empty() : Optional.of(row.getString("definition")));
          return new TableIndex(row.getString("table_name"), index);
        });
  }
}
