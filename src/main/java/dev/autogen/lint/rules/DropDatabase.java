package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code drop-database}: {@code DROP DATABASE} deletes a whole database, which no migration of
 * an application's schema should do (and which PostgreSQL refuses inside a transaction).
 */
final class DropDatabase implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "drop-database",
          "DROP DATABASE deletes a whole database, every table and row in it.",
          "Leave databases to the operators; a migration changes its own schema only.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    StatementWords.dropOf(s, "DATABASE")
        .ifPresent(
            w ->
                out.add("DROP DATABASE " + w.nameAfterIfExists(2) + " deletes the whole database"));
  }
}
