package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code rename-column}: RENAME COLUMN breaks every query of the running code that names the
 * old column.
 */
final class RenameColumn implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "rename-column",
          "RENAME COLUMN breaks every query of the running code that names the old column.",
          "Expand/contract: add the new column, keep both in step with a trigger, backfill, switch the code, drop the old column later (autogen plans this for @RenamedFrom).");

  @Override
  public void checkAction(
      LintStatement s, String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.RENAME_COLUMN
        && a.column().isPresent()
        && !state.tables().newColumn(t, a.column().get())
        && !state.file().reinstated(t, a.column().get())) {
      String c = a.column().get();
      out.addAboutColumn(
          s.line(), t, c, RenameTable.message(t + "." + c, a.expression().orElse("?"), c));
    }
  }
}
