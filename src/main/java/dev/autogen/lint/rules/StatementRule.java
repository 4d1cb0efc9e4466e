package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * A rule over one statement of a linted file. Rules read the {@link MigrationState} (what earlier
 * statements and files did) and change it only through {@link
 * dev.autogen.lint.state.Touches#markHandled}: the linter applies each statement to the state after
 * every rule has seen it.
 */
public interface StatementRule {
  Rule rule();

  void check(LintStatement statement, MigrationState state, List<Violation> out);
}
