package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * A rule about statements of a file Flyway runs in a transaction: in a file it runs outside one
 * ({@code executeInTransaction=false}) the rule has nothing to say, so the guard lives here.
 */
interface InTransactionRule extends StatementRule {
  @Override
  default void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (!state.file().outsideTransaction()) {
      checkInTransaction(s, state, out);
    }
  }

  /** Judges {@code s}, a statement of a file Flyway runs in a transaction. */
  void checkInTransaction(LintStatement s, MigrationState state, List<Violation> out);
}
