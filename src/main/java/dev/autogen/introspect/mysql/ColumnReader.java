package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.SqlType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the columns of every table of a database in one query over {@code
 * information_schema.COLUMNS}, in ordinal order, with {@code COLUMN_TYPE} parsed by the dialect.
 *
 * <p>The two servers store defaults differently: MariaDB (10.2.7+) as SQL ({@code 'x'}, {@code 1},
 * {@code current_timestamp()}, and the text {@code NULL} for an explicit {@code DEFAULT NULL});
 * MySQL as the bare value ({@code x}), marking expressions with {@code DEFAULT_GENERATED} in {@code
 * EXTRA}. Both come out as SQL here before the dialect normalises them.
 */
final class ColumnReader {

  /** A column and the table it belongs to. */
  record TableColumn(String table, Column column) {}

  private static final String SQL =
      """
      SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
        FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = ?
       ORDER BY TABLE_NAME, ORDINAL_POSITION
      """;

  /** Types whose MySQL default value is already valid SQL without quotes. */
  private static final Set<String> UNQUOTED =
      Set.of(
          "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit");

  private final Dialect dialect;
  private final boolean mariaDb;

  ColumnReader(Dialect dialect, boolean mariaDb) {
    this.dialect = dialect;
    this.mariaDb = mariaDb;
  }

  List<TableColumn> read(Connection connection, String database) throws SQLException {
    return CatalogQuery.list(connection, SQL, database, this::column);
  }

  private TableColumn column(ResultSet row) throws SQLException {
    String extra = Optional.ofNullable(row.getString("EXTRA")).orElse("").toLowerCase(Locale.ROOT);
    SqlType type = dialect.types().parse(row.getString("COLUMN_TYPE"));
    // a generated column's expression is not a default, and the model has no generated columns
    Optional<String> defaultSql =
        extra.contains("generated") && !extra.contains("default_generated")
            ? Optional.empty()
            : defaultSql(row.getString("COLUMN_DEFAULT"), extra, type);
    Column column =
        new Column(
            Identifier.of(row.getString("COLUMN_NAME")),
            type,
            "YES".equals(row.getString("IS_NULLABLE")),
            defaultSql.map(dialect.expressions()::normalizeDefault),
            extra.contains("auto_increment") ? Optional.of(Identity.BY_DEFAULT) : Optional.empty());
    return new TableColumn(row.getString("TABLE_NAME"), column);
  }

  private Optional<String> defaultSql(String stored, String extra, SqlType type) {
    if (stored == null) {
      return Optional.empty();
    }
    if (mariaDb) {
      return stored.equals("NULL") ? Optional.empty() : Optional.of(stored);
    }
    if (extra.contains("default_generated") || UNQUOTED.contains(type.name().split(" ")[0])) {
      return Optional.of(stored);
    }
    return Optional.of(dialect.expressions().literal(stored));
  }
}
