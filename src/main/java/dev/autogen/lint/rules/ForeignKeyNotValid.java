package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/**
 * Rule {@code foreign-key-not-valid}: ADD FOREIGN KEY without NOT VALID checks every row while both
 * tables are locked.
 */
final class ForeignKeyNotValid implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "foreign-key-not-valid",
          "ADD FOREIGN KEY without NOT VALID checks every row while both tables are locked.",
          "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.ADD_FOREIGN_KEY && !a.notValid()) {
      out.add(
          "foreign key "
              + a.constraint().orElse(a.column().map(c -> "of the new column " + c).orElse(""))
              + " on existing table "
              + t
              + " is validated under a lock that blocks writes to "
              + t
              + " and the referenced table",
          Optional.of(t));
    }
  }
}
