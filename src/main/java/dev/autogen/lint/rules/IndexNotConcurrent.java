package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/**
 * Rule {@code index-not-concurrent}: CREATE INDEX without CONCURRENTLY blocks writes to an existing
 * table while the index is built.
 */
public final class IndexNotConcurrent implements StatementCheck {
  /** The rule as a Flyway project reads it. */
  public static final Rule RULE = rule(MigrationTool.FLYWAY);

  static Rule rule(MigrationTool tool) {
    return Rule.error(
        "index-not-concurrent",
        "CREATE INDEX without CONCURRENTLY blocks writes to an existing table while the index is built.",
        "CREATE INDEX CONCURRENTLY in " + tool.concurrentIndexHome() + ".");
  }

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() == StatementKind.CREATE_INDEX
        && !s.concurrently()
        && state.tables().existing(s.table())) {
      String t = s.table().get();
      out.add(
          "CREATE INDEX on existing table "
              + t
              + " without CONCURRENTLY blocks its writes until the build ends",
          Optional.of(t));
    }
  }
}
