package dev.autogen.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The MariaDB (or MySQL) server the integration tests run against: the local service on 3306, or
 * {@code AUTOGEN_TEST_MYSQL_URL} (a {@code jdbc:mysql:} URL to its {@code test} database). A MySQL
 * schema is a database, so each test creates a database of its own and drops it afterwards.
 */
final class LocalMariaDb {

  static final String URL =
      System.getenv()
          .getOrDefault("AUTOGEN_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test?user=root");

  private LocalMariaDb() {}

  /** A connection to the server's {@code test} database. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL);
  }

  /** A connection whose current database is {@code database}, as an application has. */
  static Connection connectTo(String database) throws SQLException {
    Connection c = connect();
    c.setCatalog(database);
    return c;
  }

  /** The URL of {@code database} on the same server, for the CLI. */
  static String urlOf(String database) {
    return URL.replaceFirst("(jdbc:[a-z]+://[^/?]+)/[^?]*", "$1/" + database);
  }

  static String newDatabaseName(String prefix) {
    return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Work done inside a database of its own; the connection's current database is it. */
  interface DatabaseWork {
    void run(Connection c, String database) throws Exception;
  }

  /** Creates a fresh database, runs {@code work} in it, and drops it whatever happens. */
  static void inDatabase(String prefix, DatabaseWork work) throws Exception {
    String database = createDatabase(prefix);
    try (Connection c = connectTo(database)) {
      work.run(c, database);
    } finally {
      dropDatabase(database);
    }
  }

  /** Creates a database with a fresh name (lower case: see lower_case_table_names). */
  static String createDatabase(String prefix) throws SQLException {
    String database = newDatabaseName(prefix);
    try (Connection c = connect()) {
      execute(c, "CREATE DATABASE `" + database + "`");
    }
    return database;
  }

  static void dropDatabase(String database) throws SQLException {
    try (Connection c = connect()) {
      execute(c, "DROP DATABASE IF EXISTS `" + database.replace("`", "``") + "`");
    }
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
}
