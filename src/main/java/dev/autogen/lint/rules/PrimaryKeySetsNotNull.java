package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.IndexesAndNullability;
import dev.autogen.lint.state.MigrationState;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code primary-key-sets-not-null}: {@code ADD PRIMARY KEY USING INDEX idx} on an existing
 * table whose index covers a column the migration files left nullable. PostgreSQL makes the key's
 * columns NOT NULL as part of the statement, which scans the table under its ACCESS EXCLUSIVE lock
 * unless a validated {@code CHECK (c IS NOT NULL)} proves it (12+), exactly as {@code SET NOT NULL}
 * does. A column whose nullability the files never declared is not judged.
 */
final class PrimaryKeySetsNotNull implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "primary-key-sets-not-null",
          "ADD PRIMARY KEY USING INDEX over a nullable column sets it NOT NULL, scanning the table under an ACCESS EXCLUSIVE lock.",
          "Make the index's columns NOT NULL first (CHECK (c IS NOT NULL) NOT VALID, VALIDATE in the next file, SET NOT NULL on 12+), then ADD PRIMARY KEY USING INDEX.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    IndexesAndNullability known = state.indexesAndNullability();
    if (a.kind() != ActionKind.ADD_PRIMARY_KEY_USING_INDEX || a.expression().isEmpty()) {
      return;
    }
    String index = a.expression().get();
    for (Optional<String> column : known.index(index).map(i -> i.columns()).orElse(List.of())) {
      if (column.isEmpty() || !known.knownNullable(t, column.get())) {
        continue;
      }
      if (state.notNullChecks().validated(t, column.get())) {
        // the check already kept NULLs out: the running code cannot be writing any
        state.touches().markHandled(state.keys().subject(t, column));
        continue;
      }
      String c = column.get();
      out.addAboutColumn(
          t,
          c,
          "the primary key using index "
              + index
              + " sets "
              + t
              + "."
              + c
              + " NOT NULL, scanning every row while reads and writes wait");
    }
  }
}
