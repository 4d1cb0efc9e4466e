package dev.autogen.introspect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one set-based {@code information_schema} query for a whole database, the database name bound
 * as its only parameter, and maps each row.
 */
final class Rows {

  /** Maps the current row of a result set; must not advance it. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> list(Connection connection, String sql, String database, Mapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, database);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }
}
