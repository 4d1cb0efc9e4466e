package dev.autogen.introspect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts a caller's connection into a read-only, repeatable-read transaction for the length of one
 * introspection and gives it back exactly as it came.
 *
 * <p>Read-only makes the server refuse any write, whatever a library issues on our behalf; one
 * repeatable-read snapshot keeps the separate catalog queries consistent with one another.
 */
final class ReadOnlySession implements AutoCloseable {

  private final Connection connection;
  private final boolean readOnly;
  private final boolean autoCommit;
  private final int isolation;

  private ReadOnlySession(Connection connection) throws SQLException {
    this.connection = connection;
    this.readOnly = connection.isReadOnly();
    this.autoCommit = connection.getAutoCommit();
    this.isolation = connection.getTransactionIsolation();
  }

  /**
   * Starts the session. A caller whose own transaction is already open is refused by the driver
   * (the read-only property cannot change mid-transaction), before anything was changed.
   */
  static ReadOnlySession begin(Connection connection) throws SQLException {
    ReadOnlySession session = new ReadOnlySession(connection);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    connection.setAutoCommit(false);
    return session;
  }

  @Override
  public void close() throws SQLException {
    // nothing was written: the rollback only ends our snapshot so the settings can be restored
    connection.rollback();
    connection.setAutoCommit(autoCommit);
    connection.setTransactionIsolation(isolation);
    connection.setReadOnly(readOnly);
  }
}
