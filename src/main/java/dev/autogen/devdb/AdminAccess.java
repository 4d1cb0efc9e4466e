package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * How a throwaway dev database reaches its server as the {@code --dev-url} user: the part that
 * {@link SchemaDevDatabase}, {@link DatabaseDevDatabase} and {@link PgSandboxDevDatabase} share, so
 * that each of them says only what it creates and drops. Holds no connection: each use opens one
 * and closes it, so nothing stays open between creation and cleanup.
 */
record AdminAccess(String url, Properties credentials, ConnectTimeouts timeouts) {

  /** Statements run on one admin connection. */
  interface Work<T> {
    T run(Statement s) throws SQLException;
  }

  /** Something done to a fresh connection before it is handed out. */
  interface Setup {
    void apply(Connection c) throws SQLException;
  }

  static AdminAccess of(String url, String user, String password, ConnectTimeouts timeouts) {
    return new AdminAccess(url, PgConnections.credentials(user, password), timeouts);
  }

  /**
   * A random name part of lower case letters and digits: needs no quoting and is already in catalog
   * form on every server (and every MySQL {@code lower_case_table_names} setting).
   */
  static String randomSuffix() {
    return randomSecret().substring(0, 12);
  }

  /** A random password for an account made for one run. */
  static String randomSecret() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The URL without its password, for messages. */
  String where() {
    return JdbcUrls.withoutPassword(url);
  }

  /** A new connection as the admin user to the URL's own database. */
  Connection open() throws SQLException {
    return timeouts.open(url, credentials);
  }

  /** Runs {@code work} on one admin connection, closed afterwards. */
  <T> T withStatement(Work<T> work) throws SQLException {
    try (Connection c = open();
        Statement s = c.createStatement()) {
      return work.run(s);
    }
  }

  /**
   * Runs the cleanup {@code statements} in order; a failure becomes an {@link
   * IllegalStateException} naming {@code what} was left behind, so that a leftover is never silent.
   */
  void drop(String what, List<String> statements) {
    try {
      withStatement(
          s -> {
            for (String sql : statements) {
              s.execute(sql);
            }
            return null;
          });
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(Locale.ROOT, "Could not drop %s (drop by hand): %s", what, e.getMessage()),
          e);
    }
  }

  /** {@code c} after {@code setup}; closed, not leaked, when the setup fails. */
  static Connection prepared(Connection c, Setup setup) throws SQLException {
    try {
      setup.apply(c);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** {@code c} after running {@code sql} on it (see {@link #prepared}). */
  static Connection prepared(Connection c, String sql) throws SQLException {
    return prepared(
        c,
        conn -> {
          try (Statement s = conn.createStatement()) {
            s.execute(sql);
          }
        });
  }
}
