package dev.autogen.verify;

import dev.autogen.devdb.MigrationReplayException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One unit {@link StepLoop} applies, undoes and applies again: a Flyway file with its downgrade
 * ({@link FileStep}) or a Liquibase changeset run with {@code update(1)} and {@code rollback(1)}
 * ({@link ChangeSetStep}); with the names the loop's one set of texts puts in its sentences.
 *
 * @param cannotUndo why the step cannot be undone, asked before its undo runs; empty when it can
 */
record Step(Names names, Supplier<Optional<String>> cannotUndo, Action apply, Action undo) {

  /** Work on the dev database that may fail the way a step fails. */
  @FunctionalInterface
  interface Action {
    void run() throws MigrationReplayException;
  }

  /**
   * How the report and the sentences name a step.
   *
   * @param name the step ({@code V3_1__add_x}, a changeset's id)
   * @param kind the step kind the report shows ({@code expand}, {@code changeset}...)
   * @param undoName the undo ({@code U3_1__add_x}; a changeset's id)
   * @param undone the undo as a sentence names it once run ({@code the rollback of 2})
   * @param before what the schema after the undo must equal, as that sentence names it
   */
  record Names(String name, String kind, String undoName, String undone, String before) {}

  /**
   * The plural words of a kind of step, for the sentence about applying them all again.
   *
   * @param undos what the undos are called ({@code downgrades}, {@code rollbacks})
   * @param steps what the steps are called ({@code steps}, {@code changesets})
   */
  record Words(String undos, String steps) {}
}
