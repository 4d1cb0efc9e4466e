package dev.autogen.devdb;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A fresh schema {@code autogen_dev_<random>} in an existing PostgreSQL database, created on open
 * and dropped (with everything in it) on close. Every connection it hands out has its {@code
 * search_path} set to that schema alone, so unqualified names in the replayed migrations can never
 * reach the database's other schemas.
 */
final class SchemaDevDatabase {
  private SchemaDevDatabase() {}

  static ServerDevDatabase create(
      String url, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    AdminAccess admin = AdminAccess.of(url, user, password, timeouts);
    String schema = "autogen_dev_" + AdminAccess.randomSuffix();
    try {
      admin.withStatement(s -> s.execute("CREATE SCHEMA " + schema));
    } catch (SQLException e) {
      throw new DevDatabaseException(
          "Cannot create a dev schema in " + admin.where() + ": " + e.getMessage(), e);
    }
    return new ServerDevDatabase(
        admin.where() + " (schema " + schema + ")",
        schema,
        // SET rather than the currentSchema property: a currentSchema in the user's URL would win
        () -> AdminAccess.prepared(admin.open(), "SET search_path TO " + schema),
        Optional.empty(),
        new Cleanup(
            new ServerDevDatabase.Teardown(
                admin,
                "dev schema " + schema + " in " + admin.where(),
                List.of(
                    // a connection someone forgot to close must not make the CLI hang on exit
                    "SET lock_timeout TO '10s'", "DROP SCHEMA IF EXISTS " + schema + " CASCADE"))));
  }
}
