package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code reindex-not-concurrent}: REINDEX without CONCURRENTLY locks out writes (and reads
 * through the index) while it runs.
 */
final class ReindexNotConcurrent implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "reindex-not-concurrent",
          "REINDEX without CONCURRENTLY locks out writes (and reads through the index) while it runs.",
          "REINDEX ... CONCURRENTLY (PostgreSQL 12+) outside a transaction.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() == StatementKind.REINDEX && !s.concurrently()) {
      out.add(
          "REINDEX " + s.detail().strip() + " without CONCURRENTLY blocks writes while it runs",
          s.table());
    }
  }
}
