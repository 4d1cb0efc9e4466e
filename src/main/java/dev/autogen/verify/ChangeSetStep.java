package dev.autogen.verify;

import dev.autogen.devdb.LiquibaseSession;
import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import dev.autogen.devdb.MigrationReplayException;
import java.util.Optional;

/**
 * A Liquibase changeset under verification: the real Liquibase runs the next one ({@code
 * update(1)}) and rolls back the last one run ({@code rollback(1)}), so the loop's order (apply in
 * order, undo newest first) is the order Liquibase itself keeps.
 */
final class ChangeSetStep implements Step {
  static final Words WORDS = new Words("rollbacks", "changesets");

  private final LiquibaseSession liquibase;
  private final ChangeSetName changeSet;

  ChangeSetStep(LiquibaseSession liquibase, ChangeSetName changeSet) {
    this.liquibase = liquibase;
    this.changeSet = changeSet;
  }

  @Override
  public String name() {
    return changeSet.id();
  }

  @Override
  public String kind() {
    return "changeset";
  }

  @Override
  public String undoName() {
    return changeSet.id();
  }

  @Override
  public String undone() {
    return "the rollback of " + changeSet.id();
  }

  @Override
  public String before() {
    return "it";
  }

  @Override
  public Optional<String> cannotUndo() {
    // Liquibase itself says when a changeset has no rollback: the undo fails with its words
    return Optional.empty();
  }

  @Override
  public void apply() throws MigrationReplayException {
    liquibase.update(1);
  }

  @Override
  public void undo() throws MigrationReplayException {
    liquibase.rollback(1);
  }
}
