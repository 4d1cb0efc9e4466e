package dev.autogen.devdb;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DevDatabase} seen as a {@link DataSource}, for the migration engines: each connection is
 * a new {@link DevDatabase#connect()}, so the engine sees exactly what autogen introspects (the
 * same schema, role and search path) and closes what it opened.
 */
final class DevDataSource implements DataSource {
  private final DevDatabase db;
  private PrintWriter logWriter;
  private int loginTimeout;

  DevDataSource(DevDatabase db) {
    this.db = db;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return db.connect();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    // the dev database decides who connects: a sandbox must never be left through other accounts
    throw new SQLFeatureNotSupportedException("the dev database chooses its own account");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
