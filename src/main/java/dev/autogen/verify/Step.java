package dev.autogen.verify;

import dev.autogen.devdb.MigrationReplayException;
import java.util.Optional;

/**
 * One unit {@link StepLoop} applies, undoes and applies again: a Flyway file with its downgrade
 * ({@link FileStep}) or a Liquibase changeset run with {@code update(1)} and {@code rollback(1)}
 * ({@link ChangeSetStep}). Besides the two actions it gives the names the loop's one set of texts
 * puts in its sentences.
 */
interface Step {
  /** How the report and a mismatch name the step ({@code V3_1__add_x}, a changeset's id). */
  String name();

  /** The step kind the report shows ({@code expand}, {@code contract}, {@code changeset}...). */
  String kind();

  /** How the report and a mismatch name the undo ({@code U3_1__add_x}; a changeset's id). */
  String undoName();

  /** The undo as a sentence names it once run ({@code U3_1__add_x}, {@code the rollback of 2}). */
  String undone();

  /** What the schema after the undo must equal, as that sentence names it ({@code V3_1__x}). */
  String before();

  /** Why the step cannot be undone, known before anything runs; empty when it can. */
  Optional<String> cannotUndo();

  void apply() throws MigrationReplayException;

  void undo() throws MigrationReplayException;

  /**
   * The plural words of a kind of step, for the sentence about applying them all again.
   *
   * @param undos what the undos are called ({@code downgrades}, {@code rollbacks})
   * @param steps what the steps are called ({@code steps}, {@code changesets})
   */
  record Words(String undos, String steps) {}
}
