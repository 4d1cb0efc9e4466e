package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code transaction-nesting}: {@code BEGIN} or {@code START TRANSACTION} at the top level of
 * a file Flyway runs in a transaction. PostgreSQL only warns ("there is already a transaction in
 * progress") and goes on in Flyway's transaction, so it does nothing; but it says the author meant
 * a transaction of their own, usually ended by a {@code COMMIT} that {@code
 * transaction-ended-early} reports. {@code BEGIN ATOMIC} function bodies and plpgsql blocks are
 * inside their statement, never a statement of the file.
 */
final class TransactionNesting extends InTransactionRule {
  TransactionNesting(MigrationTool tool) {
    super(tool);
  }

  static Rule rule(MigrationTool tool) {
    return Rule.warning(
        "transaction-nesting",
        "BEGIN / START TRANSACTION "
            + tool.inTransactionalUnit("already runs")
            + " does nothing but warn.",
        "Remove it: "
            + tool.displayName()
            + " opens and commits the "
            + tool.unit()
            + "'s transaction.");
  }

  @Override
  void checkInTransaction(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() != StatementKind.OTHER) {
      return;
    }
    StatementWords w = StatementWords.of(s.source().text());
    boolean begins = w.word(0).equals("BEGIN") || w.startsWith("START", "TRANSACTION");
    if (begins) {
      out.add(
          (w.word(0).equals("BEGIN") ? "BEGIN" : "START TRANSACTION")
              + " inside "
              + tool.unitTransaction()
              + " only warns that one is in progress: it starts nothing");
    }
  }
}
