package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import java.util.Optional;

/** Rule {@code drop-table}: a table dropped without an earlier deprecation step. */
final class DropTable implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "drop-table",
          "DROP TABLE loses data and breaks the running code unless an earlier migration deprecated the table.",
          "Deprecate first (COMMENT ON TABLE ... IS 'deprecated', or rename it away), deploy code that no longer uses it, then drop it in a later migration.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() != StatementKind.DROP_TABLE || s.table().isEmpty()) {
      return;
    }
    String t = s.table().get();
    Subject subject = state.keys().subject(t, Optional.empty());
    if (!state.tables().existing(s.table())
        || state.deprecations().earlier(subject)
        || state.file().contractStep()) {
      state.touches().markHandled(subject);
      return;
    }
    out.add(
        "dropping " + t + " deletes all its rows, and the running code may still use it",
        Optional.of(t));
  }
}
