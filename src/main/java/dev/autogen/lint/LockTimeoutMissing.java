package dev.autogen.lint;

import java.util.List;

/** Rule {@code lock-timeout-missing}: blocking DDL on an existing table with no lock timeout. */
final class LockTimeoutMissing implements StatementRule {
  static final Rule RULE =
      new Rule(
          "lock-timeout-missing",
          Severity.WARNING,
          "DDL that takes a blocking lock runs without SET lock_timeout: while it waits for the lock, every query on the table queues behind it.",
          "Start the file with SET lock_timeout = '5s' (and retry the migration if it times out).");

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void check(LintStatement s, MigrationState state, List<Violation> out) {
    if (state.lockTimeoutSet() || !locks(s, state)) {
      return;
    }
    List<LintStatement> file = state.fileStatements();
    int index = file.indexOf(s);
    // one finding per file: at the first statement that needed the timeout
    for (int i = 0; i < index; i++) {
      if (locks(file.get(i), state)) {
        return;
      }
    }
    out.add(
        new Violation(
            RULE,
            s.line(),
            "no SET lock_timeout before this statement locks " + s.table().orElse("a table"),
            s.table()));
  }

  /** Whether the statement takes a lock that blocks reads or writes of an existing table. */
  static boolean locks(LintStatement s, MigrationState state) {
    if (!state.existing(s.table()) && s.kind() != StatementKind.VACUUM) {
      return false;
    }
    return switch (s.kind()) {
      case ALTER_TABLE ->
          s.actions().stream().anyMatch(a -> a.kind() != ActionKind.VALIDATE_CONSTRAINT);
      case CREATE_INDEX, REINDEX -> !s.concurrently();
      case DROP_TABLE, CREATE_TRIGGER, TRUNCATE, CLUSTER -> true;
      case VACUUM -> s.detail().equals("FULL");
      default -> false;
    };
  }
}
