package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

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
 *
 * <p>The throwaway database has the default character set and collation of the database the URL
 * names, so the replayed tables get the ones the team's databases give them.
 */
final class DatabaseDevDatabase {
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

  private DatabaseDevDatabase() {}

  static DevDatabase create(String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    return create(url, user, password, timeouts, false);
  }

  /**
   * @param sandboxUser whether connections log in as a user made for this database alone
   */
  static ServerDevDatabase create(
      String url, String user, String password, ConnectTimeouts timeouts, boolean sandboxUser)
      throws DevDatabaseException {
    AdminAccess admin = AdminAccess.of(url, user, password, timeouts);
    String suffix = AdminAccess.randomSuffix();
    String database = "autogen_dev_" + suffix;
    try {
      Throwaway db =
          admin.withStatement(
              s -> {
                s.execute("CREATE DATABASE " + database + defaultsOfCurrent(s));
                try {
                  return sandboxUser
                      ? withSandboxUser(s, admin, database, suffix)
                      : Throwaway.asAdmin(database, admin);
                } catch (SQLException e) {
                  // nothing of a half-made sandbox stays on the server
                  undo(s, "DROP DATABASE IF EXISTS " + database, e);
                  throw e;
                }
              });
      return db.devDatabase(
          admin,
          "user",
          database,
          () -> connect(admin, db),
          // a connection someone forgot to close must not make the CLI hang on a metadata lock
          List.of("SET SESSION lock_wait_timeout = 10"));
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev database on " + admin.where() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The character set and collation of the database the URL names, for the throwaway one: a team
   * whose database is {@code utf8mb3} (Keycloak asks for it) has keys that only fit in 3 bytes a
   * character, and tables that name no character set take the database's. Empty when the URL names
   * no database (the server's defaults then).
   */
  private static String defaultsOfCurrent(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT default_character_set_name, default_collation_name"
                + " FROM information_schema.schemata WHERE schema_name = DATABASE()")) {
      if (!rs.next()) {
        return "";
      }
      String charset = rs.getString(1);
      String collation = rs.getString(2);
      // the names come from the server, yet go into SQL: only plain names are taken
      return WORD.matcher(charset).matches() && WORD.matcher(collation).matches()
          ? " CHARACTER SET " + charset + " COLLATE " + collation
          : "";
    }
  }

  private static Throwaway withSandboxUser(
      Statement s, AdminAccess admin, String database, String suffix) throws SQLException {
    String secret = AdminAccess.randomSecret();
    // the host the server sees this client from, so that the new account matches it
    String account = "'autogen_sbx_" + suffix + "'@'" + clientHost(s) + "'";
    try {
      s.execute("CREATE USER " + account + " IDENTIFIED BY '" + secret + "'");
    } catch (SQLException e) {
      return Throwaway.asAdmin(
          database,
          admin,
          "cannot create a sandbox user on "
              + JdbcDrivers.endpoint(admin.url())
              + " ("
              + Messages.firstLine(e.getMessage())
              + "): replaying in throwaway database "
              + database
              + " as the --dev-url user");
    }
    try {
      s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + account);
    } catch (SQLException e) {
      undo(s, "DROP USER IF EXISTS " + account, e);
      throw e;
    }
    return Throwaway.as(
        database, account, PgConnections.credentials("autogen_sbx_" + suffix, secret));
  }

  /** Runs {@code sql} to take back what a failed step made, keeping {@code cause} the error. */
  private static void undo(Statement s, String sql, SQLException cause) {
    try {
      s.execute(sql);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static String clientHost(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT USER()")) {
      String user = rs.next() ? rs.getString(1) : "";
      String host = user.substring(user.lastIndexOf('@') + 1);
      // the host goes into a quoted literal: anything but a plain host name or address is "%"
      return host.matches("[A-Za-z0-9._:%-]+") ? host : "%";
    }
  }

  private static Connection connect(AdminAccess admin, Throwaway db) throws SQLException {
    if (db.login().isPresent()) {
      // the sandbox user may not even enter the URL's own database: name the throwaway one
      return admin
          .timeouts()
          .open(JdbcUrls.withDatabase(admin.url(), db.database()), db.connectAs());
    }
    return AdminAccess.prepared(admin.open(), c -> c.setCatalog(db.database()));
  }
}
