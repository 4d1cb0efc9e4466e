package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.state.MigrationState;

/**
 * A rule about statements the migration tool runs in a transaction: in a file (Flyway's {@code
 * executeInTransaction=false}) or changeset (Liquibase's {@code runInTransaction:false}) it runs
 * outside one the rule has nothing to say, so the guard lives here.
 */
interface InTransactionRule extends StatementCheck {
  @Override
  default void check(LintStatement s, MigrationState state, Violations out) {
    if (!state.file().outsideTransaction(s.line())) {
      checkInTransaction(s, state, out);
    }
  }

  /** Judges {@code s}, a statement of a file Flyway runs in a transaction. */
  void checkInTransaction(LintStatement s, MigrationState state, Violations out);
}
