package dev.autogen.introspect.postgres;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the columns of every table of a schema in one query, in ordinal order, with the type as
 * {@code format_type} spells it, the stored default and the identity kind.
 */
final class ColumnReader {

  /** A column and the table it belongs to. */
  record TableColumn(String table, Column column) {}

  // a stored generated column's expression lives in pg_attrdef too; it is not a default
  private static final String SQL =
      """
      SELECT c.relname,
             a.attname,
             pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_text,
             a.attnotnull,
             CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END
               AS default_text,
             a.attidentity
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = ?
         AND c.relkind IN ('r', 'p')
         AND a.attnum > 0
         AND NOT a.attisdropped
       ORDER BY c.relname, a.attnum
      """;

  private final Dialect dialect;

  ColumnReader(Dialect dialect) {
    this.dialect = dialect;
  }

  List<TableColumn> read(Connection connection, String schema) throws SQLException {
    // a schema spells few distinct types and defaults; each is parsed once (its regexes were a
    // quarter of the read's own CPU time at 12,000 columns)
    Map<String, SqlType> types = new HashMap<>();
    Map<String, String> defaults = new HashMap<>();
    return CatalogQuery.list(
        connection,
        SQL,
        schema,
        row -> {
          // an explicit DEFAULT NULL is stored as NULL::type but means what no default means
          // (MariaDB's reader drops its NULL the same way); Hibernate never writes one
          String typeText = row.getString("type_text");
          SqlType type = types.computeIfAbsent(typeText, dialect.types()::parse);
          Optional<String> defaultText =
              Optional.ofNullable(row.getString("default_text"))
                  .map(
                      d ->
                          defaults.computeIfAbsent(
                              typeText + "\0" + d, k -> dialect.columnDefault(d, type)))
                  .filter(d -> !d.equals("null"));
          Column column =
              new Column(
                  Identifier.of(row.getString("attname")),
                  type,
                  !row.getBoolean("attnotnull"),
                  defaultText,
                  identity(row.getString("attidentity")));
          return new TableColumn(row.getString("relname"), column);
        });
  }

  static Optional<Identity> identity(String attidentity) {
    if (attidentity == null) {
      return Optional.empty();
    }
    return switch (attidentity) {
      case "a" -> Optional.of(Identity.ALWAYS);
      case "d" -> Optional.of(Identity.BY_DEFAULT);
      default -> Optional.empty();
    };
  }
}
