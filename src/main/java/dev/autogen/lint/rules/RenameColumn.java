package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
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
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    a.columnIf(ActionKind.RENAME_COLUMN)
        .filter(c -> !state.tables().newColumn(t, c) && !state.file().reinstated(t, c))
        .ifPresent(
            c ->
                out.addAboutColumn(
                    t, c, RenameTable.message(t + "." + c, a.expression().orElse("?"), c)));
  }
}
