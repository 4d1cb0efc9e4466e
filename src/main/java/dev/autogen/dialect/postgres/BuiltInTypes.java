package dev.autogen.dialect.postgres;

import java.util.Locale;
import java.util.Set;

/**
 * The type names PostgreSQL (with its common extensions) defines, by first word of the canonical
 * name: what a {@code columnDefinition} may name without a warning. A name outside the list may
 * still be a type the database defines itself (a domain, an enum); the reader only says so.
 */
final class BuiltInTypes {

  private static final Set<String> FIRST_WORDS =
      Set.of(
          "varchar",
          "char",
          "character",
          "text",
          "name",
          "citext",
          "smallint",
          "integer",
          "bigint",
          "numeric",
          "real",
          "double",
          "money",
          "boolean",
          "bytea",
          "oid",
          "uuid",
          "json",
          "jsonb",
          "xml",
          "date",
          "time",
          "timetz",
          "timestamp",
          "timestamptz",
          "interval",
          "bit",
          "varbit",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8",
          "tsvector",
          "tsquery",
          "point",
          "line",
          "lseg",
          "box",
          "path",
          "polygon",
          "circle",
          "int4range",
          "int8range",
          "numrange",
          "tsrange",
          "tstzrange",
          "daterange",
          "int4multirange",
          "int8multirange",
          "nummultirange",
          "tsmultirange",
          "tstzmultirange",
          "datemultirange",
          "pg_lsn",
          "pg_snapshot",
          "txid_snapshot",
          "regclass",
          "regtype",
          "regproc",
          "hstore",
          "ltree",
          "geometry",
          "geography",
          "vector",
          "halfvec");

  private BuiltInTypes() {}

  static boolean contains(String canonicalName) {
    String name = canonicalName.toLowerCase(Locale.ROOT).replace("[]", "").trim();
    int space = name.indexOf(' ');
    return FIRST_WORDS.contains(space < 0 ? name : name.substring(0, space));
  }
}
