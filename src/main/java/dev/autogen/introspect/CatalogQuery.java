package dev.autogen.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One set-based catalog query for a whole schema (a database on MySQL), the schema name bound as
 * its only parameter, and the mapping of each row. Queries are plain SELECTs over the dialect's
 * catalog ({@code pg_catalog}, {@code information_schema}); every family's readers share this one
 * runner: a reader that is no more than a query and its mapping is a constant of this type.
 */
public record CatalogQuery<T>(String sql, RowMapper<T> mapper) {

  /** Maps the current row of a result set; must not advance it. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** The mapped rows of this query over {@code schema}. */
  public List<T> list(Connection connection, String schema) throws SQLException {
    return list(connection, sql, schema, mapper);
  }

  /** Whether the query finds a row for {@code schema}. */
  public static boolean exists(Connection connection, String sql, String schema)
      throws SQLException {
    return !list(connection, sql, schema, row -> true).isEmpty();
  }

  public static <R> List<R> list(
      Connection connection, String sql, String schema, RowMapper<R> mapper) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      // catalogs of thousands of tables come back in one round trip per few thousand rows
      statement.setFetchSize(5_000);
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        List<R> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  /** The names in a SQL {@code name[]} / {@code text[]} column, in array order. */
  public static List<String> strings(ResultSet row, String column) throws SQLException {
    java.sql.Array array = row.getArray(column);
    if (array == null) {
      return List.of();
    }
    try {
      return List.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }
}
