package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A dev database made on a server for one run and dropped on close: the one instance class behind
 * {@link SchemaDevDatabase}, {@link DatabaseDevDatabase}, {@link PgSandboxDevDatabase} and the
 * Docker containers, which differ only in what they create, how a connection is set up, and what
 * closing drops or stops.
 *
 * @param jdbcUrl where it lives, for messages (never a password)
 * @param schema the schema (on MySQL the database) the replayed migrations create objects in
 * @param connector opens the connections handed out
 * @param warning why it isolates less than asked, if it does
 * @param cleanup what closing does, once
 */
record ServerDevDatabase(
    String jdbcUrl,
    String schema,
    ServerDevDatabase.Connector connector,
    Optional<String> warning,
    Cleanup cleanup)
    implements DevDatabase {

  /** Opens a connection set up for the replay (search path, current database, login). */
  interface Connector {
    Connection connect() throws SQLException;
  }

  /**
   * What closing drops: the statements, run by {@code admin} as the {@code --dev-url} user, and how
   * a leftover is named.
   */
  record Teardown(AdminAccess admin, String leftover, List<String> statements) implements Runnable {
    @Override
    public void run() {
      admin.drop(leftover, statements);
    }
  }

  /** The same dev database, with {@code message} as its warning (before any use). */
  ServerDevDatabase withWarning(String message) {
    return new ServerDevDatabase(jdbcUrl, schema, connector, Optional.of(message), cleanup);
  }

  /** The same dev database, whose closing then runs {@code next} even when its cleanup fails. */
  ServerDevDatabase thenClosing(Runnable next) {
    return new ServerDevDatabase(jdbcUrl, schema, connector, warning, cleanup.then(next));
  }

  @Override
  public Connection connect() throws SQLException {
    return connector.connect();
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
