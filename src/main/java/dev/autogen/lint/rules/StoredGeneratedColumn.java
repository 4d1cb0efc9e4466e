package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code stored-generated-column}: a column {@code GENERATED ALWAYS AS (...) STORED} added to
 * an existing table is computed and written for every row, a rewrite under ACCESS EXCLUSIVE.
 */
final class StoredGeneratedColumn implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "stored-generated-column",
          "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the table under an ACCESS EXCLUSIVE lock.",
          "Add a plain nullable column, fill it with a trigger for new rows and a batched backfill for the old ones; or, on PostgreSQL 18+, a VIRTUAL generated column (computed when read, nothing stored).");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.ADD_STORED_GENERATED) {
      String c = a.column().orElse("?");
      out.addAboutColumn(
          t,
          c,
          VolatileDefault.everyRowRewritten(
              "the stored generated column " + t + "." + c, "is computed"));
    }
  }
}
