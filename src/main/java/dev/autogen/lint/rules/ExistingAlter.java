package dev.autogen.lint.rules;

import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * The statements most rules judge: an {@code ALTER TABLE} on a table that existed before it (a
 * table the same file created is empty, so locking or rewriting it costs nothing).
 */
final class ExistingAlter {
  private ExistingAlter() {}

  /** The actions of {@code s} when it alters a table that existed before it; none otherwise. */
  static List<AlterAction> actions(LintStatement s, MigrationState state) {
    return s.kind() == StatementKind.ALTER_TABLE && state.tables().existing(s.table())
        ? s.actions()
        : List.of();
  }
}
