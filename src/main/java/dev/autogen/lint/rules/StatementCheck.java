package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.state.MigrationState;

/**
 * The check of one statement rule. It reads the {@link MigrationState} (what earlier statements and
 * files did) and changes it only through {@link dev.autogen.lint.state.Touches#markHandled}: the
 * linter applies each statement to the state after every rule has seen it.
 */
interface StatementCheck {
  /** Reports what is wrong with {@code s} to {@code out}, which knows the rule. */
  void check(LintStatement s, MigrationState state, Violations out);
}
