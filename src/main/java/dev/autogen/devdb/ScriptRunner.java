package dev.autogen.devdb;

import dev.autogen.dialect.Dialect;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs the statements of one SQL script on a connection. Transactional scripts run as one
 * transaction that is rolled back as a whole when a statement fails; other scripts run each
 * statement on its own in autocommit mode, which PostgreSQL requires for statements such as {@code
 * CREATE INDEX CONCURRENTLY}. The connection's autocommit setting is restored afterwards.
 */
public final class ScriptRunner {
  private ScriptRunner() {}

  /**
   * Runs {@code sql} on {@code c}, split under the script conventions of the server's dialect.
   *
   * @throws ScriptStatementException naming the failing statement's number and line
   * @throws SQLException if the transaction cannot be started, committed or rolled back
   */
  public static void run(Connection c, String sql, boolean transactional) throws SQLException {
    run(c, ServerDialect.of(c), sql, transactional);
  }

  /** Runs {@code sql}, written in {@code dialect}, on {@code c} (see {@link #run}). */
  public static void run(Connection c, Dialect dialect, String sql, boolean transactional)
      throws SQLException {
    run(c, new StatementSplitter(dialect).split(sql), transactional);
  }

  static void run(Connection c, List<SqlStatement> statements, boolean transactional)
      throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    try {
      if (transactional) {
        runInTransaction(c, statements);
      } else {
        c.setAutoCommit(true);
        executeAll(c, statements);
      }
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static void runInTransaction(Connection c, List<SqlStatement> statements)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      executeAll(c, statements);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    }
  }

  private static void executeAll(Connection c, List<SqlStatement> statements) throws SQLException {
    try (Statement jdbc = c.createStatement()) {
      // the script's own text decides what it means; JDBC escape processing would rewrite {fn ...}
      jdbc.setEscapeProcessing(false);
      for (int i = 0; i < statements.size(); i++) {
        SqlStatement statement = statements.get(i);
        try {
          jdbc.execute(JdbcText.of(statement));
        } catch (SQLException e) {
          throw new ScriptStatementException(statement, i + 1, e);
        }
      }
    }
  }
}
