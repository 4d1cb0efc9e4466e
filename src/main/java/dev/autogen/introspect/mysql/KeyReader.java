package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads primary keys, unique constraints and foreign keys of every table of a database in one query
 * over {@code KEY_COLUMN_USAGE} and {@code REFERENTIAL_CONSTRAINTS}, with key columns in key order
 * (the foreign keys' actions from {@code SHOW CREATE TABLE} where the user cannot see {@code
 * REFERENTIAL_CONSTRAINTS}). Every unique index is a unique constraint on MySQL.
 */
final class KeyReader {

  /** The keys found, by table name. */
  record Keys(
      Map<String, PrimaryKey> primaryKeys,
      Map<String, List<UniqueConstraint>> uniques,
      Map<String, List<ForeignKey>> foreignKeys) {}

  /**
   * {@code KEY_COLUMN_USAGE} rather than {@code TABLE_CONSTRAINTS} tells the kind: MariaDB shows a
   * user holding only SELECT no {@code TABLE_CONSTRAINTS} (nor {@code REFERENTIAL_CONSTRAINTS})
   * rows, but does show the key columns. The primary key is always named {@code PRIMARY}, a foreign
   * key names the table it references, any other key column belongs to a unique key.
   */
  private static final String SQL =
      """
      SELECT k.TABLE_NAME, k.CONSTRAINT_NAME,
             CASE WHEN k.CONSTRAINT_NAME = 'PRIMARY' THEN 'PRIMARY KEY'
                  WHEN k.REFERENCED_TABLE_NAME IS NOT NULL THEN 'FOREIGN KEY'
                  ELSE 'UNIQUE' END AS CONSTRAINT_TYPE,
             k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
             rc.UPDATE_RULE, rc.DELETE_RULE
        FROM information_schema.KEY_COLUMN_USAGE k
        LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
          ON k.REFERENCED_TABLE_NAME IS NOT NULL
         AND rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
         AND rc.TABLE_NAME = k.TABLE_NAME
         AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
       WHERE k.TABLE_SCHEMA = ?
       ORDER BY k.TABLE_NAME, CONSTRAINT_TYPE, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
      """;

  /** One key column row. */
  record Part(
      String table,
      String name,
      String type,
      String column,
      String referencedTable,
      String referencedColumn,
      String onUpdate,
      String onDelete) {}

  Keys read(Connection connection, String database) throws SQLException {
    List<Part> parts =
        CatalogQuery.list(
            connection,
            SQL,
            database,
            row ->
                new Part(
                    row.getString("TABLE_NAME"),
                    row.getString("CONSTRAINT_NAME"),
                    row.getString("CONSTRAINT_TYPE"),
                    row.getString("COLUMN_NAME"),
                    row.getString("REFERENCED_TABLE_NAME"),
                    row.getString("REFERENCED_COLUMN_NAME"),
                    row.getString("UPDATE_RULE"),
                    row.getString("DELETE_RULE")));
    parts = ForeignKeyRules.completed(connection, database, parts);
    Map<List<String>, List<Part>> byConstraint = new LinkedHashMap<>();
    for (Part p : parts) {
      byConstraint.computeIfAbsent(List.of(p.table, p.type, p.name), k -> new ArrayList<>()).add(p);
    }
    Keys keys = new Keys(new HashMap<>(), new HashMap<>(), new HashMap<>());
    byConstraint.values().forEach(group -> add(keys, group));
    return keys;
  }

  private static void add(Keys keys, List<Part> group) {
    Part first = group.get(0);
    List<Identifier> columns = group.stream().map(p -> Identifier.of(p.column)).toList();
    switch (first.type) {
      // the server names every primary key PRIMARY; the name carries nothing
      case "PRIMARY KEY" ->
          keys.primaryKeys().put(first.table, new PrimaryKey(Optional.empty(), columns));
      case "UNIQUE" ->
          listFor(keys.uniques(), first.table)
              .add(new UniqueConstraint(Identifier.of(first.name), columns));
      default ->
          listFor(keys.foreignKeys(), first.table)
              .add(
                  new ForeignKey(
                      Identifier.of(first.name),
                      columns,
                      Identifier.of(first.referencedTable),
                      group.stream().map(p -> Identifier.of(p.referencedColumn)).toList(),
                      action(first.onDelete),
                      action(first.onUpdate)));
    }
  }

  /**
   * InnoDB checks foreign keys immediately, so RESTRICT and NO ACTION are the same rule; MariaDB
   * reports an unspecified action as RESTRICT, MySQL as NO ACTION. Both read as NO ACTION.
   */
  static ReferentialAction action(String rule) {
    return switch (rule == null ? "" : rule) {
      case "CASCADE" -> ReferentialAction.CASCADE;
      case "SET NULL" -> ReferentialAction.SET_NULL;
      case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static <T> List<T> listFor(Map<String, List<T>> map, String table) {
    return map.computeIfAbsent(table, t -> new ArrayList<>());
  }
}
