package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Severity;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code volatile-default}: ADD COLUMN with a volatile default rewrites the whole table under
 * an ACCESS EXCLUSIVE lock.
 */
public final class VolatileDefault implements StatementRule {
  public static final Rule RULE =
      new Rule(
          "volatile-default",
          Severity.ERROR,
          "ADD COLUMN with a volatile default rewrites the whole table under an ACCESS EXCLUSIVE lock.",
          "Add the column without a default (or with a constant one), set the volatile default in a separate statement, and backfill existing rows in batches.");

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
      if (a.kind() == ActionKind.ADD_COLUMN
          && a.expression().filter(dev.autogen.classify.VolatileDefaults::isVolatile).isPresent()) {
        String c = a.column().orElse("?");
        out.add(
            new Violation(
                RULE,
                s.line(),
                "the default "
                    + a.expression().get()
                    + " of "
                    + t
                    + "."
                    + c
                    + " is computed for every existing row: the table is rewritten while reads and writes wait",
                Optional.of(Subject.text(t, c))));
      }
    }
  }
}
