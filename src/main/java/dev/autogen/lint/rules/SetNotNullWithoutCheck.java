package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code set-not-null-without-check}: SET NOT NULL without a validated CHECK (c IS NOT NULL)
 * scans the table under an ACCESS EXCLUSIVE lock.
 */
final class SetNotNullWithoutCheck implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "set-not-null-without-check",
          "SET NOT NULL without a validated CHECK (c IS NOT NULL) scans the table under an ACCESS EXCLUSIVE lock.",
          "ADD CONSTRAINT c_not_null CHECK (c IS NOT NULL) NOT VALID; VALIDATE it in the next migration; then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check.");

  @Override
  public void checkAction(
      LintStatement s, String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.SET_NOT_NULL
        && a.column().isPresent()
        && !state.notNullChecks().validated(t, a.column().get())) {
      String c = a.column().get();
      out.addAboutColumn(
          s.line(),
          t,
          c,
          "SET NOT NULL on "
              + t
              + "."
              + c
              + " scans every row while reads and writes wait, and the running code may still write NULL");
    } else if (a.kind() == ActionKind.SET_NOT_NULL && a.column().isPresent()) {
      state.touches().markHandled(state.keys().subject(t, a.column()));
    }
  }
}
