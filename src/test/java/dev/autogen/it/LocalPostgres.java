package dev.autogen.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the integration tests run against (the local service, or {@code
 * AUTOGEN_TEST_PG_URL}). Each test works in a schema of its own and drops it afterwards.
 */
final class LocalPostgres {

  static final String URL =
      System.getenv().getOrDefault("AUTOGEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("AUTOGEN_TEST_PG_USER", "postgres");
  static final String PASSWORD = System.getenv().getOrDefault("AUTOGEN_TEST_PG_PASSWORD", "");

  private LocalPostgres() {}

  /**
   * The CLI arguments that reach the local server: {@code --url}, {@code --user}, {@code
   * --password}.
   */
  static List<String> cliArgs() {
    return List.of("--url", URL, "--user", USER, "--password", PASSWORD);
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  static String newSchemaName(String prefix) {
    return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Work done inside a schema of its own; the connection's search_path points at it. */
  interface SchemaWork {
    void run(Connection c, String schema) throws Exception;
  }

  /** Creates a fresh schema, runs {@code work} in it, and drops it whatever happens. */
  static void inSchema(String prefix, SchemaWork work) throws Exception {
    String schema = newSchemaName(prefix);
    try (Connection c = connect()) {
      execute(c, "CREATE SCHEMA " + schema);
      try {
        execute(c, "SET search_path TO " + schema);
        work.run(c, schema);
      } finally {
        c.setAutoCommit(true);
        execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** A new connection whose search_path is {@code schema}, as an application instance has. */
  static Connection connectTo(String schema) throws SQLException {
    Connection c = connect();
    execute(c, "SET search_path TO " + schema);
    return c;
  }

  static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("query returned no row: " + sql);
      }
      return rs.getLong(1);
    }
  }

  static boolean queryBoolean(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("query returned no row: " + sql);
      }
      return rs.getBoolean(1);
    }
  }
}
