package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh database {@code autogen_dev_<random>} on a MySQL or MariaDB server, created on open and
 * dropped on close: MySQL has no schemas inside a database, so the throwaway unit is a database.
 * Every connection it hands out has that database as its current one, so unqualified names in the
 * replayed migrations never reach the server's other databases. The URL's user needs the CREATE and
 * DROP privileges for databases named {@code autogen_dev_%}.
 */
final class DatabaseDevDatabase implements DevDatabase {
  private final String url;
  private final Properties credentials;
  private final ConnectTimeouts timeouts;
  private final String database;
  private boolean closed;

  private DatabaseDevDatabase(
      String url, Properties credentials, ConnectTimeouts timeouts, String database) {
    this.url = url;
    this.credentials = credentials;
    this.timeouts = timeouts;
    this.database = database;
  }

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    Properties credentials = PgConnections.credentials(user, password);
    // generated, lower case letters, digits and _ only: needs no quoting, the same on every
    // lower_case_table_names setting
    String database =
        "autogen_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = timeouts.open(url, credentials);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev database on "
              + JdbcUrls.withoutPassword(url)
              + ": "
              + e.getMessage(),
          e);
    }
    return new DatabaseDevDatabase(url, credentials, timeouts, database);
  }

  @Override
  public String jdbcUrl() {
    return JdbcUrls.withoutPassword(url) + " (database " + database + ")";
  }

  @Override
  public Connection connect() throws SQLException {
    Connection c = timeouts.open(url, credentials);
    try {
      c.setCatalog(database);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  @Override
  public String schema() {
    return database;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Connection c = timeouts.open(url, credentials);
        Statement s = c.createStatement()) {
      // a connection someone forgot to close must not make the CLI hang on a metadata lock
      s.execute("SET SESSION lock_wait_timeout = 10");
      s.execute("DROP DATABASE IF EXISTS " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "Could not drop dev database %s on %s (drop it by hand): %s",
              database,
              JdbcUrls.withoutPassword(url),
              e.getMessage()),
          e);
    }
  }
}
