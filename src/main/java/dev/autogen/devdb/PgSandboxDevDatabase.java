package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

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
final class PgSandboxDevDatabase {
  private PgSandboxDevDatabase() {}

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    AdminAccess admin = AdminAccess.of(url, user, password, timeouts);
    String suffix = AdminAccess.randomSuffix();
    String database = "autogen_lint_" + suffix;
    String role = "autogen_sbx_" + suffix;
    String secret = AdminAccess.randomSecret();
    try (Connection c = admin.open();
        Statement s = c.createStatement()) {
      Optional<String> roleRefused = createRole(s, role, secret);
      try {
        s.execute("CREATE DATABASE " + database + (roleRefused.isEmpty() ? " OWNER " + role : ""));
      } catch (SQLException e) {
        if (roleRefused.isEmpty()) {
          dropQuietly(s, "DROP ROLE IF EXISTS " + role);
        }
        ServerDevDatabase schema = SchemaDevDatabase.create(url, user, password, timeouts);
        return schema.withWarning(
            "cannot create a throwaway database on "
                + JdbcDrivers.endpoint(url)
                + " ("
                + Messages.firstLine(e.getMessage())
                + "): replaying inside schema "
                + schema.schema()
                + " of the shared database as the --dev-url user, protected only by the"
                + " statements lint refuses");
      }
      Throwaway db =
          roleRefused.isPresent()
              ? Throwaway.asAdmin(
                  database,
                  admin,
                  "cannot create a sandbox role on "
                      + JdbcDrivers.endpoint(url)
                      + " ("
                      + roleRefused.get()
                      + "): replaying in throwaway database "
                      + database
                      + " as the --dev-url user")
              : Throwaway.as(database, role, PgConnections.credentials(role, secret));
      return db.devDatabase(
          admin,
          "role",
          "public",
          () ->
              AdminAccess.prepared(
                  admin.timeouts().open(JdbcUrls.withDatabase(url, database), db.connectAs()),
                  "SET search_path TO public"),
          List.of(
              "SET lock_timeout TO '10s'",
              // a session the replay left open (or the role opened) must not keep the database
              // alive
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                  + database
                  + "' AND pid <> pg_backend_pid()"));
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev database on " + admin.where() + ": " + e.getMessage(), e);
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
      return Optional.of(Messages.firstLine(e.getMessage()));
    }
    try {
      if (!superuser(s)) {
        // CREATE DATABASE ... OWNER needs membership in the owner (PostgreSQL 16 grants it itself)
        s.execute("GRANT " + role + " TO CURRENT_USER");
      }
    } catch (SQLException e) {
      dropQuietly(s, "DROP ROLE IF EXISTS " + role);
      return Optional.of(Messages.firstLine(e.getMessage()));
    }
    return Optional.empty();
  }

  private static boolean superuser(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static void dropQuietly(Statement s, String sql) {
    try {
      s.execute(sql);
    } catch (SQLException ignored) {
      // the creation failed already; that error is the one to report
    }
  }
}
