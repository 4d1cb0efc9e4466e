package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/**
 * Rule {@code foreign-key-copy} (MySQL, MariaDB): with {@code foreign_key_checks} on, {@code ADD
 * FOREIGN KEY} on an existing table can only run with {@code ALGORITHM=COPY}: the table is copied
 * and every row checked while its writes wait. With {@code SET foreign_key_checks = 0} earlier in
 * the file the key is added in place without checking existing rows: that is the online way, at the
 * price of not knowing about orphans (see docs/rules.md), so it is not flagged.
 */
final class ForeignKeyCopy implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "foreign-key-copy",
          "ADD FOREIGN KEY on an existing table copies it (ALGORITHM=COPY) and checks every row while its writes wait.",
          "Check for orphan rows with a query first, then SET foreign_key_checks = 0; ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY ..., ALGORITHM=INPLACE, LOCK=NONE; SET foreign_key_checks = 1 (existing rows are not checked).");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() != StatementKind.ALTER_TABLE
        || !state.tables().existing(s.table())
        || state.file().foreignKeyChecksOff()) {
      return;
    }
    String t = s.table().get();
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.ADD_FOREIGN_KEY) {
        out.add(
            "foreign key "
                + a.constraint().map(c -> c + " ").orElse("")
                + "on existing table "
                + t
                + " is added by copying "
                + t
                + " while its writes wait",
            Optional.of(t));
      }
    }
  }
}
