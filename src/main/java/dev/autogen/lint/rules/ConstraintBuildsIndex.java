package dev.autogen.lint.rules;

import dev.autogen.lint.AlterAction;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/**
 * Rule {@code constraint-builds-index}: {@code ADD UNIQUE}, {@code ADD PRIMARY KEY} (also inline in
 * {@code ADD COLUMN}) and {@code ADD EXCLUDE} on an existing table build their index while the
 * table's ACCESS EXCLUSIVE lock blocks reads and writes. {@code ... USING INDEX} on an index built
 * concurrently beforehand is the safe form.
 */
final class ConstraintBuildsIndex implements ExistingAlterRule {

  static Rule rule(MigrationTool tool) {
    // Flyway runs a file of only concurrent builds outside a transaction by itself
    String own = tool.detectsNonTransactional() ? "a file of its own" : tool.outsideTransaction();
    return Rule.error(
        "constraint-builds-index",
        "ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table builds its index under an ACCESS EXCLUSIVE lock.",
        "CREATE UNIQUE INDEX CONCURRENTLY in "
            + own
            + ", then ADD CONSTRAINT ... UNIQUE / PRIMARY KEY USING INDEX (an exclusion constraint has no such form: add it while the table is small, or enforce the rule otherwise).");
  }

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    String what =
        switch (a.kind()) {
          case ADD_UNIQUE -> "unique constraint";
          case ADD_PRIMARY_KEY -> "primary key";
          case ADD_EXCLUDE -> "exclusion constraint";
          default -> null;
        };
    if (what == null) {
      return;
    }
    String name =
        a.constraint()
            .map(c -> " " + c)
            .or(() -> a.column().map(c -> " of the new column " + c))
            .orElse("");
    out.add(
        "the "
            + what
            + name
            + " on existing table "
            + t
            + " builds its index while reads and writes wait",
        Optional.of(t));
  }
}
