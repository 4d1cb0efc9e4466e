package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.MigrationState;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code index-not-concurrent}: CREATE INDEX without CONCURRENTLY blocks writes to an existing
 * table while the index is built.
 */
public final class IndexNotConcurrent implements StatementRule {
  public static final Rule RULE =
      Rule.error(
          "index-not-concurrent",
          "CREATE INDEX without CONCURRENTLY blocks writes to an existing table while the index is built.",
          "CREATE INDEX CONCURRENTLY in a file of its own that runs outside a transaction (Flyway executeInTransaction=false).");

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (s.kind() == StatementKind.CREATE_INDEX
        && !s.concurrently()
        && state.tables().existing(s.table())) {
      String t = s.table().get();
      out.add(
          RULE.at(
              s.line(),
              "CREATE INDEX on existing table "
                  + t
                  + " without CONCURRENTLY blocks its writes until the build ends",
              Optional.of(t)));
    }
  }
}
