package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code validate-same-transaction}: VALIDATE in the transaction that added the constraint.
 */
final class ValidateInSameTransaction implements StatementCheck {
  static final Rule RULE =
      Rule.warning(
          "validate-same-transaction",
          "VALIDATE CONSTRAINT in the same transaction as its ADD ... NOT VALID keeps the ADD's lock during the scan.",
          "Move VALIDATE CONSTRAINT into the next migration file.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() != StatementKind.ALTER_TABLE || !state.file().transactional()) {
      return;
    }
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.VALIDATE_CONSTRAINT
          && a.constraint().filter(state.file()::addedNotValid).isPresent()) {
        out.add(
            "constraint "
                + a.constraint().get()
                + " is validated in the transaction that added it, so the scan runs under the ADD's lock",
            s.table());
      }
    }
  }
}
