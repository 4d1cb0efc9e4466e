package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code drop-schema-cascade}: {@code DROP SCHEMA ... CASCADE} drops every table, view and
 * function in the schema, and whatever elsewhere depends on them, none of which the statement
 * names.
 */
final class DropSchemaCascade implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "drop-schema-cascade",
          "DROP SCHEMA ... CASCADE drops every object in the schema and everything that depends on them.",
          "Drop the schema's objects one by one (each judged by its own rule), then DROP SCHEMA without CASCADE.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    StatementWords.dropOf(s, "SCHEMA")
        .filter(w -> w.contains("CASCADE"))
        .ifPresent(
            w ->
                out.add(
                    "DROP SCHEMA "
                        + w.nameAfterIfExists(2)
                        + " CASCADE drops every table, view and function in it and what"
                        + " depends on them"));
  }
}
