package dev.autogen.dialect.postgres;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.Identifier;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL names: unquoted fold to lower case; quoted keep their case; 63 bytes at most. */
final class PostgresIdentifierRules implements IdentifierRules {

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

  /** Reserved and type/function-name keywords that cannot stand unquoted as a column or table. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "between",
          "bigint",
          "binary",
          "bit",
          "boolean",
          "both",
          "case",
          "cast",
          "char",
          "character",
          "check",
          "coalesce",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "dec",
          "decimal",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "exists",
          "extract",
          "false",
          "fetch",
          "float",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "greatest",
          "group",
          "grouping",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "inout",
          "int",
          "integer",
          "intersect",
          "interval",
          "into",
          "is",
          "isnull",
          "join",
          "lateral",
          "leading",
          "least",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "national",
          "natural",
          "nchar",
          "none",
          "normalize",
          "not",
          "notnull",
          "null",
          "nullif",
          "numeric",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "out",
          "outer",
          "overlaps",
          "overlay",
          "placing",
          "position",
          "precision",
          "primary",
          "real",
          "references",
          "returning",
          "right",
          "row",
          "select",
          "session_user",
          "setof",
          "similar",
          "smallint",
          "some",
          "substring",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "time",
          "timestamp",
          "to",
          "trailing",
          "treat",
          "trim",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "values",
          "varchar",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with");

  @Override
  public Identifier fold(String unquoted) {
    return Identifier.of(unquoted.toLowerCase(Locale.ROOT));
  }

  @Override
  public Identifier fromSql(String written) {
    String w = written.trim();
    if (w.length() >= 2
        && ((w.startsWith("\"") && w.endsWith("\"")) || (w.startsWith("`") && w.endsWith("`")))) {
      char q = w.charAt(0);
      return Identifier.of(w.substring(1, w.length() - 1).replace("" + q + q, "" + q));
    }
    return fold(w);
  }

  @Override
  public String quote(Identifier identifier) {
    String v = identifier.value();
    if (PLAIN.matcher(v).matches() && !KEYWORDS.contains(v)) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  @Override
  public int maxLength() {
    return 63;
  }

  /** NAMEDATALEN - 1 counts bytes of the server encoding (UTF-8 here), not characters. */
  @Override
  public int length(Identifier identifier) {
    return identifier.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  @Override
  public String lengthUnit() {
    return "bytes";
  }

  @Override
  public Identifier primaryKeyName(Identifier table) {
    // as the server names it (makeObjectName): the table's name cut at a character boundary so
    // that "_pkey" fits; left whole, the server would cut the suffix and the key's index could
    // take the table's own name
    String suffix = "_pkey";
    StringBuilder name = new StringBuilder();
    for (int cp : table.value().codePoints().toArray()) {
      String next = name + Character.toString(cp);
      if (length(Identifier.of(next)) + suffix.length() > maxLength()) {
        break;
      }
      name.setLength(0);
      name.append(next);
    }
    return Identifier.of(name + suffix);
  }
}
