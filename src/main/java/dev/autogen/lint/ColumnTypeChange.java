package dev.autogen.lint;

import java.util.List;
import java.util.Optional;

/**
 * Rule {@code column-type-change}: ALTER COLUMN ... TYPE rewrites the table under an ACCESS
 * EXCLUSIVE lock unless it only widens a varchar or numeric.
 */
final class ColumnTypeChange implements StatementRule {
  static final Rule RULE =
      new Rule(
          "column-type-change",
          Severity.ERROR,
          "ALTER COLUMN ... TYPE rewrites the table under an ACCESS EXCLUSIVE lock unless it only widens a varchar or numeric.",
          "Add a column of the new type, keep it in step with a trigger, backfill in batches, switch the code, drop the old column later.");

  private final java.util.function.BiPredicate<String, String> metadataOnly;

  /**
   * @param metadataOnly whether changing a column from the first type to the second only touches
   *     the catalog
   */
  ColumnTypeChange(java.util.function.BiPredicate<String, String> metadataOnly) {
    this.metadataOnly = metadataOnly;
  }

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (s.kind() != StatementKind.ALTER_TABLE || !state.existing(s.table())) {
      return;
    }
    String t = s.table().get();
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.ALTER_TYPE && a.column().isPresent() && a.type().isPresent()) {
        String c = a.column().get();
        Optional<String> before = state.columnType(t, c);
        if (before.isPresent() && metadataOnly.test(before.get(), a.type().get())) {
          continue;
        }
        out.add(
            new Violation(
                RULE,
                s.line(),
                "changing "
                    + t
                    + "."
                    + c
                    + before.map(b -> " from " + b).orElse("")
                    + " to "
                    + a.type().get()
                    + " rewrites the table while reads and writes wait, and the running code may not read the new type",
                Optional.of(MigrationState.key(t, c))));
      }
    }
  }
}
