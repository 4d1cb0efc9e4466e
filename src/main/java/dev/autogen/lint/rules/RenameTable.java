package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/** Rule {@code rename-table}: a table renamed while the running code still uses its old name. */
final class RenameTable implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "rename-table",
          "RENAME TABLE breaks every query of the running code that names the old table.",
          "Rename and create a view under the old name in the same migration (simple views are updatable); drop the view once no old code is left.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() != ActionKind.RENAME_TABLE) {
      return;
    }
    boolean compatibilityView =
        state.file().statements().stream()
            .anyMatch(
                o -> o.kind() == StatementKind.CREATE_VIEW && o.table().equals(Optional.of(t)));
    if (compatibilityView) {
      state.touches().markHandled(state.keys().subject(t, Optional.empty()));
    } else {
      out.add(message(t, a.expression().orElse("?"), t), Optional.of(t));
    }
  }

  /**
   * The finding of a rename: {@code renamed} to {@code to} breaks code still using the old name.
   */
  static String message(String renamed, String to, String oldName) {
    return "renaming "
        + renamed
        + " to "
        + to
        + " breaks the running code that still uses "
        + oldName;
  }
}
