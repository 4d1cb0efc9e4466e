package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Rules {@code column-type-change} (PostgreSQL: {@code ALTER COLUMN ... TYPE} rewrites the table
 * under an ACCESS EXCLUSIVE lock) and {@code column-type-copy} (MySQL, MariaDB: {@code MODIFY} /
 * {@code CHANGE} to another type copies the table): a type change is flagged unless the dialect's
 * type mapper says it only touches the catalog (a varchar or numeric widening on PostgreSQL, a
 * varchar extension within the same length-prefix size on MySQL), which is known when an earlier
 * file declared the column's type.
 */
final class ColumnTypeChange implements ExistingAlterRule {
  static final Rule REWRITE =
      Rule.error(
          "column-type-change",
          "ALTER COLUMN ... TYPE rewrites the table under an ACCESS EXCLUSIVE lock unless it only widens a varchar or numeric.",
          "Add a column of the new type, keep it in step with a trigger, backfill in batches, switch the code, drop the old column later.");

  static final Rule COPY =
      Rule.error(
          "column-type-copy",
          "MODIFY/CHANGE COLUMN to another type copies the table (ALGORITHM=COPY) and blocks its writes, unless it only extends a varchar within the same length-prefix size.",
          "Add a column of the new type, keep it in step with triggers, backfill in batches, switch the code, drop the old column later (or run the change with gh-ost / pt-online-schema-change).");

  private final String consequence;
  private final BiPredicate<String, String> metadataOnly;

  /**
   * @param consequence what the change does to the table, for the message
   * @param metadataOnly whether changing a column from the first type to the second only touches
   *     the catalog
   */
  ColumnTypeChange(String consequence, BiPredicate<String, String> metadataOnly) {
    this.consequence = consequence;
    this.metadataOnly = metadataOnly;
  }

  /** Whether the type action on table {@code t} needs more than a catalog change. */
  boolean copies(String t, AlterAction a, MigrationState state) {
    if (a.kind() != ActionKind.ALTER_TYPE || a.column().isEmpty() || a.type().isEmpty()) {
      return false;
    }
    Optional<String> before = state.tables().type(t, a.column().get());
    return before.isEmpty() || !metadataOnly.test(before.get(), a.type().get());
  }

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (copies(t, a, state)) {
      String c = a.column().get();
      Optional<String> before = state.tables().type(t, c);
      out.addAboutColumn(
          t,
          c,
          "changing "
              + t
              + "."
              + c
              + before.map(b -> " from " + b).orElse("")
              + " to "
              + a.type().get()
              + " "
              + consequence
              + ", and the running code may not read the new type");
    }
  }
}
