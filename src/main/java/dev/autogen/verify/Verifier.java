package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.introspect.IntrospectionException;
import java.sql.Connection;
import java.util.function.Consumer;

/**
 * Verifies the steps of {@link Revisions} on a dev database connection: replays the history, then
 * runs {@link StepLoop} over the steps' files, each undone by its downgrade.
 */
public final class Verifier {

  private final Connection c;
  private final StepLoop loop;

  /**
   * @param schema the schema the dev database's migrations create their objects in
   * @param report told each step as it passes
   */
  public Verifier(
      Connection c, String schema, Dialect dialect, ModelCheck model, Consumer<StepLine> report) {
    this.c = c;
    this.loop = StepLoop.on(c, schema, dialect, model, report);
  }

  /**
   * Runs the verification.
   *
   * @return the files applied and the first mismatch, if any
   * @throws MigrationReplayException when a file of the history fails (not a verified step: that is
   *     a mismatch)
   * @throws IntrospectionException when the dev database cannot be read
   */
  public Verification run(Revisions revisions)
      throws MigrationReplayException, IntrospectionException {
    for (MigrationFile m : revisions.history()) {
      MigrationReplayer.apply(c, m.path().getParent(), m);
    }
    return loop.run(
        revisions.steps().stream().map(step -> FileStep.of(c, step)).toList(), FileStep.WORDS);
  }

  /** {@code add_column users.bio}, {@code add_index users (users_email_idx)}. */
  public static String describe(Change c) {
    return c.kind()
        + " "
        + c.tableName()
        + c.columnName().map(col -> "." + col).orElse("")
        + c.objectName().map(n -> " (" + n + ")").orElse("");
  }
}
