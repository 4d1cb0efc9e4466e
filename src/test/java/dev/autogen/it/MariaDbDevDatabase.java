package dev.autogen.it;

import dev.autogen.devdb.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A throwaway database on the local MariaDB as a {@link DevDatabase}, for tests that replay
 * migrations there: created with a fresh name, dropped on {@link #close()}.
 */
final class MariaDbDevDatabase implements DevDatabase {
  private final String database;
  private boolean closed;

  private MariaDbDevDatabase(String database) {
    this.database = database;
  }

  static MariaDbDevDatabase create() throws SQLException {
    return new MariaDbDevDatabase(LocalMariaDb.createDatabase("lint"));
  }

  @Override
  public String jdbcUrl() {
    return LocalMariaDb.urlOf(database).replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public Connection connect() throws SQLException {
    return LocalMariaDb.connectTo(database);
  }

  @Override
  public String schema() {
    return database;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      LocalMariaDb.dropDatabase(database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop dev database " + database, e);
    }
  }
}
