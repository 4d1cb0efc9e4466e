package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code data-and-schema-change}: a data change that runs after a schema change in one
 * transactional file, so it runs while the schema change's lock is held.
 */
final class DataAndSchemaChange implements StatementCheck {
  static final Rule RULE =
      Rule.warning(
          "data-and-schema-change",
          "Data changes and schema changes in one transaction hold the DDL's locks for as long as the data change runs.",
          "Put the backfill (UPDATE/INSERT/DELETE) in its own migration, in batches, after the schema change.");

  private final FileStart fileStart = new FileStart();

  /** Whether a relevant schema change came before the statement being checked. */
  private boolean schemaBefore;

  /** Whether a relevant data change came after such a schema change. */
  private boolean dataBefore;

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (fileStart.isNew(state)) {
      schemaBefore = false;
      dataBefore = false;
    }
    boolean relevant = relevant(s, state);
    boolean report = schemaBefore && !dataBefore;
    if (relevant) {
      schemaBefore |= s.kind().isSchemaChange();
      dataBefore |= s.kind().isDataChange() && schemaBefore;
    }
    if (!state.file().transactional() || !s.kind().isDataChange() || !relevant) {
      return;
    }
    // A data change before the first DDL is harmless: the DDL's lock is taken last and released
    // at the commit right after it (autogen's contract step re-runs the backfill that way).
    // Only a data change after DDL runs while the DDL's lock is held; report the first one.
    if (report) {
      out.add(
          "data change on "
              + s.table().orElse("a table")
              + " after a schema change in the same transaction: the schema change's locks are"
              + " held until the data change finishes",
          s.table());
    }
  }

  /** Data or schema changes on tables that existed before the change being linted. */
  private static boolean relevant(LintStatement s, MigrationState state) {
    return (s.kind().isDataChange() || s.kind().isSchemaChange())
        && state.tables().existing(s.table());
  }
}
