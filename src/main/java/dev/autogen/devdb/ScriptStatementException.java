package dev.autogen.devdb;

import dev.autogen.sql.SqlStatement;
import java.sql.SQLException;

/**
 * A statement of a script failed. Carries which statement (1-based number and starting line) and
 * keeps the driver's SQL state and vendor code, with the original exception as cause.
 */
public final class ScriptStatementException extends SQLException {
  private final int statementNumber;
  private final int line;
  private final String statement;

  public ScriptStatementException(SqlStatement statement, int statementNumber, SQLException cause) {
    super(
        "statement "
            + statementNumber
            + " (line "
            + statement.line()
            + ") failed: "
            + cause.getMessage(),
        cause.getSQLState(),
        cause.getErrorCode(),
        cause);
    this.statementNumber = statementNumber;
    this.line = statement.line();
    this.statement = statement.text();
  }

  /** 1-based position of the failing statement in its script. */
  public int statementNumber() {
    return statementNumber;
  }

  /** 1-based line of the script on which the failing statement starts. */
  public int line() {
    return line;
  }

  /** The text of the failing statement. */
  public String statement() {
    return statement;
  }
}
