package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code not-null-without-default}: ADD COLUMN ... NOT NULL without a default fails on a
 * non-empty table and rejects the running code's inserts.
 */
final class NotNullColumnWithoutDefault implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "not-null-without-default",
          "ADD COLUMN ... NOT NULL without a default fails on a non-empty table and rejects the running code's inserts.",
          "Add the column nullable (or with a constant default), backfill it, and set NOT NULL in a later migration.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.ADD_COLUMN
        && a.notNull()
        && a.expression().isEmpty()
        && a.column().isPresent()
        && !a.type().orElse("").toLowerCase(java.util.Locale.ROOT).contains("serial")) {
      String c = a.column().get();
      out.addAboutColumn(
          t,
          c,
          "column "
              + t
              + "."
              + c
              + " is added NOT NULL without a default: existing rows make it fail and the running code cannot insert");
    }
  }
}
