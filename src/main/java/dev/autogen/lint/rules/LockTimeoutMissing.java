package dev.autogen.lint.rules;

import dev.autogen.dialect.ScriptConventions;
import dev.autogen.lint.ActionKind;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/**
 * Rules {@code lock-timeout-missing} (PostgreSQL) and {@code lock-wait-timeout-missing} (MySQL,
 * MariaDB: DDL waits for a metadata lock, and every later query on the table queues behind it):
 * blocking DDL on an existing table with no lock timeout set earlier in the file.
 */
public final class LockTimeoutMissing implements StatementCheck {
  private final String setting;

  /**
   * @param syntax names the dialect's setting ({@code lock_timeout}, {@code lock_wait_timeout}) and
   *     how a file sets it; the rule code follows the setting ({@code lock-timeout-missing}, {@code
   *     lock-wait-timeout-missing})
   */
  LockTimeoutMissing(ScriptConventions syntax) {
    this.setting = syntax.lockTimeoutSetting();
  }

  public static Rule rule(ScriptConventions syntax) {
    String setting = syntax.lockTimeoutSetting();
    return Rule.warning(
        setting.replace('_', '-') + "-missing",
        "DDL that takes a blocking lock runs without SET "
            + setting
            + ": while it waits for the lock, every query on the table queues behind it.",
        "Start the file with "
            + syntax.lockTimeoutStatement()
            + " (and retry the migration if it times out).");
  }

  private final FileStart fileStart = new FileStart();

  /** Whether a statement of that file before this one already locked a table. */
  private boolean lockedBefore;

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (fileStart.isNew(state)) {
      lockedBefore = false;
    }
    boolean locks = locks(s, state);
    boolean first = locks && !lockedBefore;
    lockedBefore |= locks;
    // one finding per file: at the first statement that needed the timeout
    if (first && !state.file().lockTimeoutSet()) {
      out.add(
          "no SET " + setting + " before this statement locks " + s.table().orElse("a table"),
          s.table());
    }
  }

  /** Whether the statement takes a lock that blocks reads or writes of an existing table. */
  static boolean locks(LintStatement s, MigrationState state) {
    if (!state.tables().existing(s.table()) && s.kind() != StatementKind.VACUUM) {
      return false;
    }
    return switch (s.kind()) {
      case ALTER_TABLE ->
          s.actions().stream().anyMatch(a -> a.kind() != ActionKind.VALIDATE_CONSTRAINT);
      case CREATE_INDEX, REINDEX -> !s.concurrently();
      case DROP_TABLE, CREATE_TRIGGER, TRUNCATE, CLUSTER, OPTIMIZE -> true;
      case VACUUM -> s.detail().equals("FULL");
      default -> false;
    };
  }
}
