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
 * over {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE} and {@code REFERENTIAL_CONSTRAINTS},
 * with key columns in key order. Every unique index is a unique constraint on MySQL.
 */
final class KeyReader {

  /** The keys found, by table name. */
  record Keys(
      Map<String, PrimaryKey> primaryKeys,
      Map<String, List<UniqueConstraint>> uniques,
      Map<String, List<ForeignKey>> foreignKeys) {}

  private static final String SQL =
      """
      SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE,
             k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
             rc.UPDATE_RULE, rc.DELETE_RULE
        FROM information_schema.TABLE_CONSTRAINTS tc
        JOIN information_schema.KEY_COLUMN_USAGE k
          ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
         AND k.TABLE_NAME = tc.TABLE_NAME
         AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
        LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
          ON tc.CONSTRAINT_TYPE = 'FOREIGN KEY'
         AND rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
         AND rc.TABLE_NAME = tc.TABLE_NAME
         AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
       WHERE tc.TABLE_SCHEMA = ?
         AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
       ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
      """;

  /** One key column row. */
  private record Part(
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
