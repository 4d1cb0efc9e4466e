package dev.autogen.lint;

import java.util.List;

/** Rule {@code data-and-schema-change}: data and schema changed in one transactional file. */
final class DataAndSchemaChange implements StatementRule {
  static final Rule RULE =
      new Rule(
          "data-and-schema-change",
          Severity.WARNING,
          "Data changes and schema changes in one transaction hold the DDL's locks for as long as the data change runs.",
          "Put the backfill (UPDATE/INSERT/DELETE) in its own migration, in batches, after the schema change.");

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (!state.transactional() || !relevant(s, state)) {
      return;
    }
    List<LintStatement> file = state.fileStatements();
    int index = file.indexOf(s);
    boolean dataBefore = false;
    boolean schemaBefore = false;
    for (int i = 0; i < index; i++) {
      LintStatement o = file.get(i);
      if (relevant(o, state)) {
        dataBefore |= o.kind().isDataChange();
        schemaBefore |= o.kind().isSchemaChange();
      }
    }
    if (dataBefore && schemaBefore) {
      return;
    }
    boolean completes = s.kind().isDataChange() ? schemaBefore : dataBefore;
    if (completes) {
      out.add(
          new Violation(
              RULE,
              s.line(),
              (s.kind().isDataChange() ? "data change on " : "schema change on ")
                  + s.table().orElse("a table")
                  + " in the same transaction as a "
                  + (s.kind().isDataChange() ? "schema" : "data")
                  + " change: locks are held until both finish",
              s.table()));
    }
  }

  /** Data or schema changes on tables that existed before the change being linted. */
  private static boolean relevant(LintStatement s, MigrationState state) {
    return (s.kind().isDataChange() || s.kind().isSchemaChange()) && state.existing(s.table());
  }
}
