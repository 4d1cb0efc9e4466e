package dev.autogen.lint.state;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the lint state knows about the file being read: its name and place in Flyway order, whether
 * it is linted, runs in one transaction (or which of its Liquibase changesets do not) or is a
 * contract step, its statements, and what its statements so far set up (a lock timeout, {@code
 * foreign_key_checks} off, constraints added NOT VALID, function bodies a trigger may call). Reset
 * by each new file.
 */
public final class CurrentFile {
  private final Keys keys;
  private final String lockTimeoutSetting;
  private int index = -1;
  private String name = "";
  private boolean linted;
  private boolean transactional;
  private boolean contract;
  private boolean outsideTransaction;
  private final List<int[]> linesOutsideTransaction = new ArrayList<>();
  private List<LintStatement> statements = List.of();
  private boolean lockTimeout;
  private boolean foreignKeyChecksOff;
  private final Set<String> notValid = new HashSet<>();
  private final List<String> functionBodies = new ArrayList<>();

  CurrentFile(Keys keys, String lockTimeoutSetting) {
    this.keys = keys;
    this.lockTimeoutSetting = lockTimeoutSetting;
  }

  void start(
      String fileName,
      boolean isLinted,
      boolean isTransactional,
      boolean isContract,
      List<LintStatement> fileStatements) {
    index++;
    name = fileName;
    linted = isLinted;
    transactional = isTransactional;
    contract = isContract;
    outsideTransaction = false;
    linesOutsideTransaction.clear();
    statements = List.copyOf(fileStatements);
    lockTimeout = false;
    foreignKeyChecksOff = false;
    notValid.clear();
    functionBodies.clear();
  }

  /** The file's display name. */
  public String name() {
    return name;
  }

  /** The file's place among every file read, from 0, in Flyway order. */
  int index() {
    return index;
  }

  /** Whether the file is one the lint reports on (not only read for state). */
  public boolean linted() {
    return linted;
  }

  /** Whether the file's statements run in one transaction. */
  public boolean transactional() {
    return transactional;
  }

  /**
   * Whether Flyway is told to run the file outside a transaction ({@code
   * executeInTransaction=false} in its {@code .conf}; Flyway Community reads no {@code -- flyway:}
   * line in the file).
   */
  public boolean outsideTransaction() {
    return outsideTransaction;
  }

  /** Records that Flyway's configuration runs this file outside a transaction. */
  public void configuredOutsideTransaction() {
    outsideTransaction = true;
  }

  /**
   * Whether the statement starting at {@code line} runs outside a transaction because the tool is
   * told so: the whole file ({@link #outsideTransaction()}), or the Liquibase changeset holding the
   * line says {@code runInTransaction:false}.
   */
  public boolean outsideTransaction(int line) {
    if (outsideTransaction) {
      return true;
    }
    for (int[] range : linesOutsideTransaction) {
      if (line >= range[0] && line <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Records that the lines {@code first..last} (a changeset) run outside a transaction. */
  public void configuredOutsideTransaction(int first, int last) {
    linesOutsideTransaction.add(new int[] {first, last});
  }

  /**
   * Whether the file is a contract step: it waits in the deferred folder, or autogen's header says
   * so (a promoted one). It runs once the old code is gone, so its drops are the planned end of a
   * deprecation; contract gating checks that the sources no longer use them.
   */
  public boolean contractStep() {
    return contract;
  }

  public List<LintStatement> statements() {
    return statements;
  }

  /** Whether the file set the dialect's lock timeout setting before this statement. */
  public boolean lockTimeoutSet() {
    return lockTimeout;
  }

  /** The dialect's lock timeout setting ({@code lock_timeout}, {@code lock_wait_timeout}). */
  public String lockTimeoutSetting() {
    return lockTimeoutSetting;
  }

  /** Whether the file turned MySQL's {@code foreign_key_checks} off before this point. */
  public boolean foreignKeyChecksOff() {
    return foreignKeyChecksOff;
  }

  /** Whether the file added the constraint NOT VALID before this point. */
  public boolean addedNotValid(String constraint) {
    return notValid.contains(constraint);
  }

  /**
   * Whether, in this transactional file, a column is renamed to {@code column} of {@code table}
   * after it was renamed away: a column swapped in under the old name (autogen's type swap), which
   * the running code never sees missing.
   */
  public boolean reinstated(String table, String column) {
    if (!transactional) {
      return false;
    }
    ColumnKey wanted = keys.column(table, column);
    for (LintStatement st : statements) {
      if (st.kind() != StatementKind.ALTER_TABLE || st.table().isEmpty()) {
        continue;
      }
      String t = st.table().get();
      for (AlterAction a : st.actions()) {
        if (a.kind() == ActionKind.RENAME_COLUMN
            && a.column().isPresent()
            && a.expression().isPresent()
            && !keys.column(t, a.column().get()).equals(wanted)
            && keys.column(t, a.expression().get()).equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Function bodies created earlier in this file (a trigger may call one). */
  List<String> functionBodies() {
    return List.copyOf(functionBodies);
  }

  void set(LintStatement s) {
    String value = s.actions().isEmpty() ? "" : s.actions().get(0).expression().orElse("").strip();
    if (s.detail().equals(lockTimeoutSetting)) {
      // RESET (SET ... TO DEFAULT) gives the session's default back: no timeout of the file's own
      lockTimeout = !value.equalsIgnoreCase("DEFAULT");
    }
    if (s.detail().equals("foreign_key_checks")) {
      foreignKeyChecksOff = value.equals("0") || value.equalsIgnoreCase("OFF");
    }
  }

  void notValidAdded(Optional<String> constraint) {
    constraint.ifPresent(notValid::add);
  }

  void functionCreated(String body) {
    functionBodies.add(body);
  }
}
