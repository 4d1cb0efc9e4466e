package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh schema {@code autogen_dev_<random>} in an existing PostgreSQL database, created on open
 * and dropped (with everything in it) on close. Every connection it hands out has its {@code
 * search_path} set to that schema alone, so unqualified names in the replayed migrations can never
 * reach the database's other schemas.
 */
final class SchemaDevDatabase implements DevDatabase {
  private final String url;
  private final Properties credentials;
  private final ConnectTimeouts timeouts;
  private final String schema;
  private boolean closed;

  private SchemaDevDatabase(
      String url, Properties credentials, ConnectTimeouts timeouts, String schema) {
    this.url = url;
    this.credentials = credentials;
    this.timeouts = timeouts;
    this.schema = schema;
  }

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    Properties credentials = PgConnections.credentials(user, password);
    // generated, lower case letters, digits and _ only: safe unquoted and already in catalog form
    String schema = "autogen_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = timeouts.open(url, credentials);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev schema in " + JdbcUrls.withoutPassword(url) + ": " + e.getMessage(),
          e);
    }
    return new SchemaDevDatabase(url, credentials, timeouts, schema);
  }

  @Override
  public String jdbcUrl() {
    return JdbcUrls.withoutPassword(url) + " (schema " + schema + ")";
  }

  @Override
  public Connection connect() throws SQLException {
    Connection c = timeouts.open(url, credentials);
    // SET rather than the currentSchema property: a currentSchema in the user's URL would win
    try (Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + schema);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (Connection c = timeouts.open(url, credentials);
        Statement s = c.createStatement()) {
      // a connection someone forgot to close must not make the CLI hang on exit
      s.execute("SET lock_timeout TO '10s'");
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "Could not drop dev schema %s in %s (drop it by hand): %s",
              schema,
              JdbcUrls.withoutPassword(url),
              e.getMessage()),
          e);
    }
  }
}
