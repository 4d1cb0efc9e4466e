package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code table-rebuild} (MySQL, MariaDB): {@code OPTIMIZE TABLE}, {@code ALTER TABLE ...
 * FORCE}, {@code ENGINE=}, {@code ROW_FORMAT=} and {@code CONVERT TO CHARACTER SET} rebuild the
 * whole table: hours of I/O on a large one, replicas fall behind, and the copying forms ({@code
 * CONVERT TO}, {@code OPTIMIZE} on MyISAM) block writes throughout.
 */
final class TableRebuild implements StatementCheck {
  static final Rule RULE =
      Rule.warning(
          "table-rebuild",
          "OPTIMIZE TABLE / ALTER TABLE ... FORCE, ENGINE=, ROW_FORMAT=, CONVERT TO rebuilds the whole table.",
          "Leave rebuilds out of migrations: run them off-peak with gh-ost or pt-online-schema-change, or at least with ALGORITHM=INPLACE, LOCK=NONE.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    boolean rebuild = s.kind() == StatementKind.OPTIMIZE || s.altersWith(ActionKind.REBUILD);
    if (rebuild && state.tables().existing(s.table())) {
      out.add(
          (s.kind() == StatementKind.OPTIMIZE ? "OPTIMIZE TABLE " : "ALTER TABLE ")
              + s.table().get()
              + " rebuilds the whole table",
          s.table());
    }
  }
}
