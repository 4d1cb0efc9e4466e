package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

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
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    Optional<String> column = a.columnIf(ActionKind.SET_NOT_NULL);
    if (column.isEmpty()) {
      return;
    }
    String c = column.get();
    if (state.notNullChecks().validated(t, c)) {
      state.touches().markHandled(state.keys().subject(t, column));
      return;
    }
    out.addAboutColumn(
        t,
        c,
        "SET NOT NULL on "
            + t
            + "."
            + c
            + " scans every row while reads and writes wait, and the running code may still write NULL");
  }
}
