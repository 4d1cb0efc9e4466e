package dev.autogen.devdb;

import dev.autogen.dialect.Dialect;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies one script at a time, for {@code autogen verify}, which checks the schema after each file
 * of autogen's own output and runs its downgrades ({@code U...}, which the open-source Flyway does
 * not run) in between. The script is split under the script conventions of the server's dialect;
 * where DDL is transactional (PostgreSQL) it runs in one transaction unless its {@code .conf} says
 * otherwise or it holds a statement PostgreSQL refuses inside a transaction. Placeholders are not
 * replaced. The dev database of {@code diff}, {@code -m} and {@code lint} is replayed by the
 * project's own engine instead ({@link HistoryReplay}).
 */
public final class MigrationReplayer {
  private MigrationReplayer() {}

  /**
   * Applies one script (a migration, or a downgrade named like one) to {@code c}; {@code dir} only
   * shortens the name in messages.
   *
   * @throws MigrationReplayException naming the file, and statement number and line when a
   *     statement failed
   */
  public static void apply(Connection c, Path dir, MigrationFile file)
      throws MigrationReplayException {
    try {
      apply(c, dir, file, ServerDialect.of(c));
    } catch (SQLException e) {
      throw new MigrationReplayException("Cannot tell the database: " + e.getMessage(), null, e);
    }
  }

  private static void apply(Connection c, Path dir, MigrationFile file, Dialect dialect)
      throws MigrationReplayException {
    String name = dir.relativize(file.path()).toString();
    List<SqlStatement> statements;
    try {
      statements = new StatementSplitter(dialect).split(read(file.path()));
    } catch (IOException e) {
      throw new MigrationReplayException(name + ": cannot read: " + e.getMessage(), file.path(), e);
    }
    // without transactional DDL (MySQL) every DDL statement commits on its own: a transaction
    // would only pretend, so each statement runs by itself, as Flyway's MySQL support effectively
    // does
    boolean transactional =
        dialect.capabilities().transactionalDdl()
            && file.transactional()
            && statements.stream().allMatch(s -> TransactionRules.allowedInTransaction(s.text()));
    try {
      ScriptRunner.run(c, statements, transactional);
    } catch (ScriptStatementException e) {
      throw new MigrationReplayException(
          name
              + ": statement "
              + e.statementNumber()
              + " (line "
              + e.line()
              + ") failed: "
              + e.getCause().getMessage(),
          file.path(),
          e);
    } catch (SQLException e) {
      throw new MigrationReplayException(name + ": " + e.getMessage(), file.path(), e);
    }
  }

  private static String read(Path file) throws IOException {
    String text = TextFiles.read(file);
    // editors on Windows like to start files with a byte order mark; PostgreSQL rejects it
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
