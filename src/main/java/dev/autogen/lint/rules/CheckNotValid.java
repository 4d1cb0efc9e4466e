package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Severity;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code check-not-valid}: ADD CHECK without NOT VALID scans every row under an ACCESS
 * EXCLUSIVE lock.
 */
final class CheckNotValid implements StatementRule {
  static final Rule RULE =
      new Rule(
          "check-not-valid",
          Severity.ERROR,
          "ADD CHECK without NOT VALID scans every row under an ACCESS EXCLUSIVE lock.",
          "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.");

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (s.kind() != StatementKind.ALTER_TABLE || !state.tables().existing(s.table())) {
      return;
    }
    String t = s.table().get();
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.ADD_CHECK && !a.notValid()) {
        out.add(
            new Violation(
                RULE,
                s.line(),
                "check "
                    + a.constraint().orElse("(" + a.expression().orElse("") + ")")
                    + " on existing table "
                    + t
                    + " scans every row while reads and writes wait",
                Optional.of(t)));
      }
    }
  }
}
