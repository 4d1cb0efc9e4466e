package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import java.util.List;
import java.util.Objects;

/**
 * A rule over one statement of a linted file: what reports say of it ({@link Rule}, declared once
 * by the rule's class) paired with the check that finds it. The check reports through {@link
 * Violations} bound to this rule, so a rule class never restates its own code or severity.
 */
public record StatementRule(Rule rule, StatementCheck check) {
  public StatementRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(check, "check");
  }

  /** Adds this rule's findings on {@code statement} to {@code out}. */
  public void check(LintStatement statement, MigrationState state, List<Violation> out) {
    check.check(statement, state, new Violations(rule, statement.line(), out));
  }
}
