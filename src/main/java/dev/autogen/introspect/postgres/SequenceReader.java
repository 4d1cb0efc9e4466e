package dev.autogen.introspect.postgres;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;

/**
 * Reads the sequences of a schema in one query. A sequence that an identity column owns is part of
 * that column ({@code pg_depend} type {@code i}) and is left out; a serial's sequence (type {@code
 * a}) and a free-standing one are kept.
 */
final class SequenceReader {

  static final CatalogQuery<Sequence> QUERY =
      new CatalogQuery<>(
          """
          SELECT c.relname, s.seqstart, s.seqincrement
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = ?
             AND NOT EXISTS (SELECT 1
                               FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                AND d.objid = c.oid
                                AND d.deptype = 'i')
           ORDER BY c.relname
          """,
          row ->
              new Sequence(
                  Identifier.of(row.getString("relname")),
                  row.getLong("seqstart"),
                  row.getLong("seqincrement")));

  private SequenceReader() {}
}
