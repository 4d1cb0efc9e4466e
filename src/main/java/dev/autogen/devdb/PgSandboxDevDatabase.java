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
 * A throwaway database {@code autogen_lint_<random>} on a PostgreSQL server, for SQL autogen does
 * not trust (a pull request's migrations): created on open, and dropped on close together with the
 * role {@code autogen_sbx_<random>} that owns it and that every connection it hands out logs in as.
 * That role is no superuser and can create neither databases nor roles, so what it runs stays
 * inside its database (the statements that would reach further are refused before, by lint's
 * sandbox guard). When the URL's user may create a database but not a role, the database is used as
 * that user; when it may not create a database either, a schema in the URL's database is (as {@link
 * SchemaDevDatabase}); both say so in {@link #warning()}.
 */
final class PgSandboxDevDatabase implements DevDatabase {
  private final String adminUrl;
  private final Properties admin;
  private final ConnectTimeouts timeouts;
  private final String database;
  private final Optional<String> role;
  private final Properties sandbox;
  private final Optional<String> warning;
  private boolean closed;

  private PgSandboxDevDatabase(
      String adminUrl,
      Properties admin,
      ConnectTimeouts timeouts,
      String database,
      Optional<String> role,
      Properties sandbox,
      Optional<String> warning) {
    this.adminUrl = adminUrl;
    this.admin = admin;
    this.timeouts = timeouts;
    this.database = database;
    this.role = role;
    this.sandbox = sandbox;
    this.warning = warning;
  }

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    Properties admin = PgConnections.credentials(user, password);
    // generated, lower case letters, digits and _ only: safe unquoted and already in catalog form
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String database = "autogen_lint_" + suffix;
    String role = "autogen_sbx_" + suffix;
    String secret = UUID.randomUUID().toString().replace("-", "");
    try (Connection c = timeouts.open(url, admin);
        Statement s = c.createStatement()) {
      Optional<String> roleRefused = createRole(s, role, secret);
      try {
        s.execute("CREATE DATABASE " + database + (roleRefused.isEmpty() ? " OWNER " + role : ""));
      } catch (SQLException e) {
        if (roleRefused.isEmpty()) {
          dropQuietly(s, "DROP ROLE IF EXISTS " + role);
        }
        DevDatabase schema = SchemaDevDatabase.create(url, user, password, timeouts);
        return new Fallback(
            schema,
            "cannot create a throwaway database on "
                + JdbcDrivers.endpoint(url)
                + " ("
                + firstLine(e.getMessage())
                + "): replaying inside schema "
                + schema.schema()
                + " of the shared database as the --dev-url user, protected only by the"
                + " statements lint refuses");
      }
      if (roleRefused.isPresent()) {
        return new PgSandboxDevDatabase(
            url,
            admin,
            timeouts,
            database,
            Optional.empty(),
            admin,
            Optional.of(
                "cannot create a sandbox role on "
                    + JdbcDrivers.endpoint(url)
                    + " ("
                    + roleRefused.get()
                    + "): replaying in throwaway database "
                    + database
                    + " as the --dev-url user"));
      }
      Properties sandbox = PgConnections.credentials(role, secret);
      return new PgSandboxDevDatabase(
          url, admin, timeouts, database, Optional.of(role), sandbox, Optional.empty());
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev database on "
              + JdbcUrls.withoutPassword(url)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Creates the sandbox role; the server's refusal, if it refuses. */
  private static Optional<String> createRole(Statement s, String role, String secret)
      throws SQLException {
    try {
      s.execute(
          "CREATE ROLE "
              + role
              + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
              + " CONNECTION LIMIT 3 PASSWORD '"
              + secret
              + "'");
    } catch (SQLException e) {
      return Optional.of(firstLine(e.getMessage()));
    }
    try {
      if (!superuser(s)) {
        // CREATE DATABASE ... OWNER needs membership in the owner (PostgreSQL 16 grants it itself)
        s.execute("GRANT " + role + " TO CURRENT_USER");
      }
    } catch (SQLException e) {
      dropQuietly(s, "DROP ROLE IF EXISTS " + role);
      return Optional.of(firstLine(e.getMessage()));
    }
    return Optional.empty();
  }

  private static boolean superuser(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  @Override
  public String jdbcUrl() {
    return JdbcUrls.withoutPassword(adminUrl)
        + " (database "
        + database
        + role.map(r -> ", role " + r).orElse("")
        + ")";
  }

  @Override
  public Connection connect() throws SQLException {
    Connection c = timeouts.open(JdbcUrls.withDatabase(adminUrl, database), sandbox);
    try (Statement s = c.createStatement()) {
      s.execute("SET search_path TO public");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  @Override
  public String schema() {
    return "public";
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
    try (Connection c = timeouts.open(adminUrl, admin);
        Statement s = c.createStatement()) {
      s.execute("SET lock_timeout TO '10s'");
      // a session the replay left open (or the role opened) must not keep the database alive
      s.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
              + database
              + "' AND pid <> pg_backend_pid()");
      s.execute("DROP DATABASE IF EXISTS " + database);
      if (role.isPresent()) {
        s.execute("DROP ROLE IF EXISTS " + role.get());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "Could not drop dev database %s%s on %s (drop them by hand): %s",
              database,
              role.map(r -> " and role " + r).orElse(""),
              JdbcUrls.withoutPassword(adminUrl),
              e.getMessage()),
          e);
    }
  }

  private static void dropQuietly(Statement s, String sql) {
    try {
      s.execute(sql);
    } catch (SQLException ignored) {
      // the creation failed already; that error is the one to report
    }
  }

  static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Another dev database, with a warning saying why it is not a sandbox. */
  private record Fallback(DevDatabase db, String message) implements DevDatabase {
    @Override
    public String jdbcUrl() {
      return db.jdbcUrl();
    }

    @Override
    public Connection connect() throws SQLException {
      return db.connect();
    }

    @Override
    public String schema() {
      return db.schema();
    }

    @Override
    public Optional<String> warning() {
      return Optional.of(message);
    }

    @Override
    public void close() {
      db.close();
    }
  }
}
