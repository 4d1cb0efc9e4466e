package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh database {@code autogen_dev_<random>} on a MySQL or MariaDB server, created on open and
 * dropped on close: MySQL has no schemas inside a database, so the throwaway unit is a database.
 * Every connection it hands out has that database as its current one, so unqualified names in the
 * replayed migrations never reach the server's other databases. The URL's user needs the CREATE and
 * DROP privileges for databases named {@code autogen_dev_%}.
 *
 * <p>As a sandbox (for SQL autogen does not trust), it also creates a user {@code
 * autogen_sbx_<random>} with privileges on that database only ({@code GRANT ALL ON db.*}: no global
 * privilege such as FILE, SUPER or CREATE USER), hands out connections as that user, and drops it
 * on close. When the server refuses to create the user, connections use the URL's user and {@link
 * #warning()} says so.
 */
final class DatabaseDevDatabase implements DevDatabase {
  private final String url;
  private final Properties credentials;
  private final ConnectTimeouts timeouts;
  private final String database;
  private final Optional<String> account;
  private final Properties connectAs;
  private final Optional<String> warning;
  private boolean closed;

  private DatabaseDevDatabase(
      String url,
      Properties credentials,
      ConnectTimeouts timeouts,
      String database,
      Optional<String> account,
      Properties connectAs,
      Optional<String> warning) {
    this.url = url;
    this.credentials = credentials;
    this.timeouts = timeouts;
    this.database = database;
    this.account = account;
    this.connectAs = connectAs;
    this.warning = warning;
  }

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    return create(url, user, password, timeouts, false);
  }

  /**
   * @param sandboxUser whether connections log in as a user made for this database alone
   */
  static DevDatabase create(
      String url, String user, String password, ConnectTimeouts timeouts, boolean sandboxUser)
      throws DevDatabaseException {
    Properties credentials = PgConnections.credentials(user, password);
    // generated, lower case letters, digits and _ only: needs no quoting, the same on every
    // lower_case_table_names setting
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String database = "autogen_dev_" + suffix;
    try (Connection c = timeouts.open(url, credentials);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
      if (!sandboxUser) {
        return new DatabaseDevDatabase(
            url, credentials, timeouts, database, Optional.empty(), credentials, Optional.empty());
      }
      String secret = UUID.randomUUID().toString().replace("-", "");
      // the host the server sees this client from, so that the new account matches it
      String account = "'autogen_sbx_" + suffix + "'@'" + clientHost(s) + "'";
      try {
        s.execute("CREATE USER " + account + " IDENTIFIED BY '" + secret + "'");
      } catch (SQLException e) {
        return new DatabaseDevDatabase(
            url,
            credentials,
            timeouts,
            database,
            Optional.empty(),
            credentials,
            Optional.of(
                "cannot create a sandbox user on "
                    + JdbcDrivers.endpoint(url)
                    + " ("
                    + PgSandboxDevDatabase.firstLine(e.getMessage())
                    + "): replaying in throwaway database "
                    + database
                    + " as the --dev-url user"));
      }
      s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + account);
      return new DatabaseDevDatabase(
          url,
          credentials,
          timeouts,
          database,
          Optional.of(account),
          PgConnections.credentials("autogen_sbx_" + suffix, secret),
          Optional.empty());
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev database on "
              + JdbcUrls.withoutPassword(url)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static String clientHost(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT USER()")) {
      String user = rs.next() ? rs.getString(1) : "";
      String host = user.substring(user.lastIndexOf('@') + 1);
      return host.isEmpty() || host.contains("'") ? "%" : host;
    }
  }

  @Override
  public String jdbcUrl() {
    return JdbcUrls.withoutPassword(url)
        + " (database "
        + database
        + account.map(a -> ", user " + a).orElse("")
        + ")";
  }

  @Override
  public Connection connect() throws SQLException {
    if (account.isPresent()) {
      // the sandbox user may not even enter the URL's own database: name the throwaway one
      return timeouts.open(JdbcUrls.withDatabase(url, database), connectAs);
    }
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
  public Optional<String> warning() {
    return warning;
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
      if (account.isPresent()) {
        s.execute("DROP USER IF EXISTS " + account.get());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "Could not drop dev database %s%s on %s (drop it by hand): %s",
              database,
              account.map(a -> " and user " + a).orElse(""),
              JdbcUrls.withoutPassword(url),
              e.getMessage()),
          e);
    }
  }
}
