package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads every index of a database in one query over {@code information_schema.STATISTICS}, one row
 * per index column, into whole indexes. Which of them back a key is decided by {@link
 * MysqlAssembler}; here an index is only plain (a BTREE over whole columns, ascending) or not, and
 * an index that is not keeps its definition as SQL (names quoted) so that it can be recreated. A
 * MySQL 8 functional index shows as {@code (expression)} in that text: its expression is not read.
 */
final class IndexReader {

  /** One index as stored; {@code opaque} is its definition when autogen cannot model it. */
  record StoredIndex(
      String table, String name, boolean unique, List<String> columns, Optional<String> opaque) {}

  // EXPRESSION exists on MySQL 8.0.13+ only, so a functional index shows as a null column name
  private static final String SQL =
      """
      SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION
        FROM information_schema.STATISTICS
       WHERE TABLE_SCHEMA = ?
       ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
      """;

  private record Part(
      String table,
      String name,
      boolean unique,
      String column,
      Integer subPart,
      String type,
      String collation) {

    String spelled(Dialect dialect) {
      String c = column == null ? "(expression)" : dialect.quote(Identifier.of(column));
      return c
          + (subPart == null ? "" : "(" + subPart + ")")
          + ("D".equals(collation) ? " DESC" : "");
    }

    boolean plain() {
      return column != null && subPart == null && !"D".equals(collation) && "BTREE".equals(type);
    }
  }

  private final Dialect dialect;

  IndexReader(Dialect dialect) {
    this.dialect = dialect;
  }

  List<StoredIndex> read(Connection connection, String database) throws SQLException {
    List<Part> parts =
        CatalogQuery.list(
            connection,
            SQL,
            database,
            row -> {
              int subPart = row.getInt("SUB_PART");
              return new Part(
                  row.getString("TABLE_NAME"),
                  row.getString("INDEX_NAME"),
                  row.getInt("NON_UNIQUE") == 0,
                  row.getString("COLUMN_NAME"),
                  row.wasNull() || subPart == 0 ? null : subPart,
                  row.getString("INDEX_TYPE"),
                  row.getString("COLLATION"));
            });
    Map<List<String>, List<Part>> byIndex = new LinkedHashMap<>();
    for (Part p : parts) {
      byIndex.computeIfAbsent(List.of(p.table, p.name), k -> new ArrayList<>()).add(p);
    }
    List<StoredIndex> indexes = new ArrayList<>();
    for (List<Part> group : byIndex.values()) {
      Part first = group.get(0);
      boolean plain = group.stream().allMatch(Part::plain);
      String definition =
          (first.unique ? "UNIQUE " : "")
              + (List.of("BTREE", "HASH").contains(first.type) ? "" : first.type + " ")
              + "INDEX "
              + dialect.quote(Identifier.of(first.name))
              + " ON "
              + dialect.quote(Identifier.of(first.table))
              + group.stream()
                  .map(p -> p.spelled(dialect))
                  .collect(Collectors.joining(", ", " (", ")"))
              + ("HASH".equals(first.type) ? " USING HASH" : "");
      indexes.add(
          new StoredIndex(
              first.table,
              first.name,
              first.unique,
              group.stream().filter(p -> p.column != null).map(Part::column).toList(),
              plain ? Optional.empty() : Optional.of(definition)));
    }
    return indexes;
  }
}
