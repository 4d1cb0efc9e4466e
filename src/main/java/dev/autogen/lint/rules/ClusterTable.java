package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/** Rule {@code cluster}: CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock. */
final class ClusterTable implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "cluster",
          "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.",
          "Leave physical ordering out of migrations; use pg_repack --order-by if it matters.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() == StatementKind.CLUSTER) {
      out.add(
          "CLUSTER "
              + s.table().orElse("(every clustered table)")
              + " blocks reads and writes while it rewrites",
          s.table());
    }
  }
}
