package dev.autogen.introspect.mysql;

import dev.autogen.introspect.mysql.KeyReader.Part;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ON DELETE} / {@code ON UPDATE} actions of foreign keys whose {@code
 * REFERENTIAL_CONSTRAINTS} row the user cannot see (MariaDB shows it only to users with more than
 * SELECT on the table), read from {@code SHOW CREATE TABLE}, which SELECT allows. Asked only for
 * the tables that need it, so a user with full rights pays nothing.
 */
final class ForeignKeyRules {

  /** {@code CONSTRAINT `name` FOREIGN KEY (...) REFERENCES ... [ON DELETE x] [ON UPDATE y]}. */
  private static final Pattern CONSTRAINT =
      Pattern.compile(
          "CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY .*?REFERENCES [^\\n]*?"
              + "(?: ON DELETE (RESTRICT|CASCADE|SET NULL|SET DEFAULT|NO ACTION))?"
              + "(?: ON UPDATE (RESTRICT|CASCADE|SET NULL|SET DEFAULT|NO ACTION))?,?\\s*$",
          Pattern.MULTILINE);

  /** One foreign key's actions as SHOW CREATE TABLE writes them (RESTRICT when unwritten). */
  record Actions(String onDelete, String onUpdate) {}

  private ForeignKeyRules() {}

  /** {@code parts} with the actions of foreign key columns filled in where the join found none. */
  static List<Part> completed(Connection connection, String database, List<Part> parts)
      throws SQLException {
    Set<String> tables = new LinkedHashSet<>();
    for (Part p : parts) {
      if (p.type().equals("FOREIGN KEY") && p.onDelete() == null) {
        tables.add(p.table());
      }
    }
    if (tables.isEmpty()) {
      return parts;
    }
    Map<String, Map<String, Actions>> byTable = new HashMap<>();
    for (String table : tables) {
      byTable.put(table, parse(showCreateTable(connection, database, table)));
    }
    List<Part> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      Actions a =
          p.onDelete() == null ? byTable.getOrDefault(p.table(), Map.of()).get(p.name()) : null;
      out.add(
          a == null
              ? p
              : new Part(
                  p.table(),
                  p.name(),
                  p.type(),
                  p.column(),
                  p.referencedTable(),
                  p.referencedColumn(),
                  a.onUpdate(),
                  a.onDelete()));
    }
    return out;
  }

  /** The foreign keys' actions of one {@code SHOW CREATE TABLE} text, by constraint name. */
  static Map<String, Actions> parse(String createTable) {
    Map<String, Actions> out = new HashMap<>();
    Matcher m = CONSTRAINT.matcher(createTable);
    while (m.find()) {
      out.put(
          m.group(1).replace("``", "`"),
          new Actions(
              m.group(2) == null ? "RESTRICT" : m.group(2),
              m.group(3) == null ? "RESTRICT" : m.group(3)));
    }
    return out;
  }

  private static String showCreateTable(Connection connection, String database, String table)
      throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
      return rs.next() ? rs.getString(2) : "";
    }
  }

  private static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
