package dev.autogen.lint;

import java.util.List;

/**
 * A rule over one statement of a linted file. Rules read the {@link MigrationState} (what earlier
 * statements and files did) and change it only through {@code markHandled}: the linter applies each
 * statement to the state after every rule has seen it.
 */
interface StatementRule {
  Rule rule();

  void check(LintStatement statement, MigrationState state, List<Violation> out);
}
