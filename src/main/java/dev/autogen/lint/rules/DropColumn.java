package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import java.util.Optional;

/**
 * Rule {@code drop-column}: DROP COLUMN loses data and breaks the running code unless an earlier
 * migration deprecated the column.
 */
public final class DropColumn implements ExistingAlterRule {
  public static final Rule RULE =
      Rule.error(
          "drop-column",
          "DROP COLUMN loses data and breaks the running code unless an earlier migration deprecated the column.",
          "Deprecate first (DROP NOT NULL, or COMMENT ON COLUMN ... IS 'deprecated'), deploy code that no longer uses it, then drop it in a later migration.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.DROP_COLUMN && a.column().isPresent()) {
      String c = a.column().get();
      String key = Subject.text(t, c);
      Subject subject = state.keys().subject(t, Optional.of(c));
      if (state.tables().newColumn(t, c)
          || state.deprecations().earlier(subject)
          || state.file().contractStep()) {
        state.touches().markHandled(subject);
      } else {
        out.add(
            "dropping "
                + key
                + " deletes its values, and the running code may still read or write it",
            Optional.of(key));
      }
    }
  }
}
