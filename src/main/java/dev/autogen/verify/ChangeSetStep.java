package dev.autogen.verify;

import dev.autogen.devdb.LiquibaseSession;
import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import java.util.Optional;

/**
 * Liquibase changesets under verification: the real Liquibase runs the next one ({@code update(1)})
 * and rolls back the last one run ({@code rollback(1)}), so the loop's order (apply in order, undo
 * newest first) is the order Liquibase itself keeps.
 */
final class ChangeSetStep {
  static final Step.Words WORDS = new Step.Words("rollbacks", "changesets");

  private ChangeSetStep() {}

  static Step of(LiquibaseSession liquibase, ChangeSetName changeSet) {
    String id = changeSet.id();
    return new Step(
        new Step.Names(id, "changeset", id, "the rollback of " + id, "it"),
        // Liquibase itself says when a changeset has no rollback: the undo fails in its words
        Optional::empty,
        () -> liquibase.update(1),
        () -> liquibase.rollback(1));
  }
}
