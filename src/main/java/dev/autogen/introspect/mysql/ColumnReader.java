package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnAttributes;
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
import java.util.regex.Pattern;

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

  /** A column, the table it belongs to, and what a {@code MODIFY} must restate of it. */
  record TableColumn(String table, Column column, ColumnAttributes attributes) {}

  // the character set and collation only where they differ from the table's (as SHOW CREATE TABLE
  // shows them): elsewhere a MODIFY without them gets the same ones from the table
  private static final String SQL =
      """
      SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA,
             c.COLUMN_COMMENT,
             CASE WHEN c.COLLATION_NAME <> t.TABLE_COLLATION THEN c.CHARACTER_SET_NAME END
               AS OWN_CHARACTER_SET,
             CASE WHEN c.COLLATION_NAME <> t.TABLE_COLLATION THEN c.COLLATION_NAME END
               AS OWN_COLLATION
        FROM information_schema.COLUMNS c
        LEFT JOIN information_schema.TABLES t
          ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
       WHERE c.TABLE_SCHEMA = ?
       ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
      """;

  /** A character set or collation name as MySQL and MariaDB spell them. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

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
    String typeText = row.getString("COLUMN_TYPE");
    SqlType type = dialect.types().parse(typeText);
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
            defaultSql.map(d -> dialect.columnDefault(d, type)),
            extra.contains("auto_increment") ? Optional.of(Identity.BY_DEFAULT) : Optional.empty());
    String table = row.getString("TABLE_NAME");
    ColumnAttributes attributes =
        new ColumnAttributes(
            Identifier.of(table),
            column.name(),
            checkedName(table, column, "character set", row.getString("OWN_CHARACTER_SET")),
            checkedName(table, column, "collation", row.getString("OWN_COLLATION")),
            present(row.getString("COLUMN_COMMENT")),
            dialect.types().declaredSpelling(typeText));
    return new TableColumn(table, column, attributes);
  }

  /**
   * A character set or collation name as the server gave it, refused unless it is a plain name: it
   * is written unquoted into {@code MODIFY COLUMN} definitions, where anything else would be SQL
   * that a server (or whoever controls its catalog) slipped into a migration. The value itself is
   * left out of the message, which must stay one line.
   */
  static Optional<String> checkedName(String table, Column column, String what, String name)
      throws SQLException {
    Optional<String> present = present(name);
    if (present.isPresent() && !NAME.matcher(present.get()).matches()) {
      throw new SQLException(
          "table "
              + table
              + " column "
              + column.name().value()
              + ": the server's "
              + what
              + " name is not letters, digits and underscores; autogen does not copy it into a"
              + " column definition");
    }
    return present;
  }

  private static Optional<String> present(String text) {
    return Optional.ofNullable(text).filter(t -> !t.isEmpty());
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
