package dev.autogen.lint.rules;

import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.state.MigrationState;

/**
 * A rule that judges the actions of an {@code ALTER TABLE} on an existing table ({@link
 * ExistingAlter}) one at a time: the loop over them lives here, so each rule holds only its own
 * test of one action.
 */
interface ExistingAlterRule extends StatementCheck {
  @Override
  default void check(LintStatement s, MigrationState state, Violations out) {
    String table = s.table().orElse("");
    for (AlterAction a : ExistingAlter.actions(s, state)) {
      checkAction(table, a, state, out);
    }
  }

  /** Judges action {@code a} of the statement, which alters the existing table {@code table}. */
  void checkAction(String table, AlterAction a, MigrationState state, Violations out);
}
