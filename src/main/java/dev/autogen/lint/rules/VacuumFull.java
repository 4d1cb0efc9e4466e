package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/** Rule {@code vacuum-full}: VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock. */
final class VacuumFull implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "vacuum-full",
          "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.",
          "Plain VACUUM, or pg_repack / pg_squeeze run outside the migration.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() == StatementKind.VACUUM && s.detail().equals("FULL")) {
      out.add(
          "VACUUM FULL "
              + s.table().orElse("(every table)")
              + " blocks reads and writes while it rewrites",
          s.table());
    }
  }
}
