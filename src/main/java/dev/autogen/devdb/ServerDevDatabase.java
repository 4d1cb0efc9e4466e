package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A dev database made on a server for one run and dropped on close: the one instance class behind
 * {@link SchemaDevDatabase}, {@link DatabaseDevDatabase} and {@link PgSandboxDevDatabase}, which
 * differ only in what they create, how a connection is set up, and what they drop. Closing runs the
 * cleanup once, as the {@code --dev-url} user.
 */
final class ServerDevDatabase implements DevDatabase {

  /** Opens a connection set up for the replay (search path, current database, login). */
  interface Connector {
    Connection connect() throws SQLException;
  }

  /** What closing drops: the statements, run by {@code admin}, and how a leftover is named. */
  record Teardown(AdminAccess admin, String leftover, List<String> statements) {
    void run() {
      admin.drop(leftover, statements);
    }
  }

  private final String description;
  private final String schema;
  private final Connector connector;
  private final Optional<String> warning;
  private final Teardown teardown;
  private boolean closed;

  /**
   * @param description where it lives, for messages (never a password)
   * @param schema the schema (on MySQL the database) the replayed migrations create objects in
   */
  ServerDevDatabase(
      String description,
      String schema,
      Connector connector,
      Optional<String> warning,
      Teardown teardown) {
    this.description = description;
    this.schema = schema;
    this.connector = connector;
    this.warning = warning;
    this.teardown = teardown;
  }

  /** The same dev database, with {@code message} as its warning (before any use). */
  ServerDevDatabase withWarning(String message) {
    return new ServerDevDatabase(description, schema, connector, Optional.of(message), teardown);
  }

  @Override
  public String jdbcUrl() {
    return description;
  }

  @Override
  public Connection connect() throws SQLException {
    return connector.connect();
  }

  @Override
  public String schema() {
    return schema;
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
    teardown.run();
  }
}
