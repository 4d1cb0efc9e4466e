package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.state.MigrationState;

/**
 * A rule about statements the migration tool runs in a transaction: in a file (Flyway's {@code
 * executeInTransaction=false}) or changeset (Liquibase's {@code runInTransaction:false}) it runs
 * outside one the rule has nothing to say, so the guard lives here, with the tool its findings
 * name.
 */
abstract class InTransactionRule implements StatementCheck {
  /** The tool that runs the file, as the rule's findings name it and its remedy. */
  final MigrationTool tool;

  InTransactionRule(MigrationTool tool) {
    this.tool = tool;
  }

  @Override
  public final void check(LintStatement s, MigrationState state, Violations out) {
    if (!state.file().outsideTransaction(s.line())) {
      checkInTransaction(s, state, out);
    }
  }

  /** Judges {@code s}, a statement of a file Flyway runs in a transaction. */
  abstract void checkInTransaction(LintStatement s, MigrationState state, Violations out);
}
