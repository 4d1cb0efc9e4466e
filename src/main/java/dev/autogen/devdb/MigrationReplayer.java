package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Rebuilds the schema a migration history describes by applying every migration of a Flyway folder
 * in order (see {@link MigrationFolder}). On PostgreSQL a migration runs in one transaction unless
 * its {@code .conf} says otherwise or it holds a statement PostgreSQL refuses inside a transaction;
 * on MySQL and MariaDB (told by the connection) scripts are split by MySQL's rules and DDL commits
 * statement by statement. Flyway placeholders ({@code ${...}}) are not replaced.
 */
public final class MigrationReplayer {
  private MigrationReplayer() {}

  /**
   * Applies the migrations under {@code migrationsDir} (none if it does not exist) to {@code c}.
   *
   * @throws MigrationReplayException naming the failing file, and statement number and line when a
   *     statement failed
   */
  public static void replay(Connection c, Path migrationsDir, ProgressListener progress)
      throws MigrationReplayException {
    ScriptSyntax syntax;
    try {
      syntax = ScriptSyntax.of(c);
    } catch (SQLException e) {
      throw new MigrationReplayException("Cannot tell the database: " + e.getMessage(), null, e);
    }
    List<MigrationFile> files;
    try {
      files = MigrationFolder.list(migrationsDir);
    } catch (IOException e) {
      throw new MigrationReplayException(
          "Cannot read migrations in " + migrationsDir + ": " + e.getMessage(), null, e);
    }
    for (int i = 0; i < files.size(); i++) {
      MigrationFile file = files.get(i);
      progress.onFile(i + 1, files.size(), file.path());
      apply(c, migrationsDir, file, syntax);
    }
  }

  private static void apply(Connection c, Path dir, MigrationFile file, ScriptSyntax syntax)
      throws MigrationReplayException {
    String name = dir.relativize(file.path()).toString();
    List<SqlStatement> statements;
    try {
      statements = SqlScript.statements(read(file.path()), syntax);
    } catch (IOException e) {
      throw new MigrationReplayException(name + ": cannot read: " + e.getMessage(), file.path(), e);
    }
    // on MySQL every DDL statement commits on its own: a transaction would only pretend, so each
    // statement runs by itself, as Flyway's MySQL support effectively does
    boolean transactional =
        syntax == ScriptSyntax.POSTGRES
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
