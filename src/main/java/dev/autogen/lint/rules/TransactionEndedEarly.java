package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;
import java.util.Optional;

/**
 * Rule {@code transaction-ended-early}: {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code
 * ABORT} or {@code PREPARE TRANSACTION} at the top level of a file Flyway runs in a transaction.
 * PostgreSQL has no nested transactions, so the statement ends Flyway's: what came before is
 * committed (or, for a rollback, silently undone while Flyway records the migration as applied),
 * and the rest runs in a transaction of its own, so a later failure leaves the file half applied. A
 * {@code COMMIT} inside a procedure or DO block is part of that statement's body, never a statement
 * of the file, and is not seen here.
 */
final class TransactionEndedEarly extends InTransactionRule {
  TransactionEndedEarly(MigrationTool tool) {
    super(tool);
  }

  static Rule rule(MigrationTool tool) {
    String name = tool.displayName();
    String unit = tool.unit();
    return Rule.error(
        "transaction-ended-early",
        "COMMIT / ROLLBACK "
            + tool.inTransactionalUnit("runs")
            + " ends "
            + name
            + "'s transaction: the "
            + unit
            + " is no longer applied all or nothing.",
        "Leave transaction control to "
            + name
            + ": split the "
            + unit
            + " in two, or give it "
            + tool.outsideTransactionSetting()
            + " when it must commit in steps.");
  }

  @Override
  void checkInTransaction(LintStatement s, MigrationState state, Violations out) {
    Optional<String> word = ending(s);
    if (word.isEmpty()) {
      return;
    }
    String effect =
        word.get().equals("ROLLBACK") || word.get().equals("ABORT")
            ? "undoes the statements before it while "
                + tool.displayName()
                + " still records the "
                + tool.recorded()
                + " as applied"
            : "commits the statements before it, so a failure after it leaves the "
                + tool.unit()
                + " half applied";
    out.add(word.get() + " ends " + tool.unitTransaction() + ": it " + effect);
  }

  /** The transaction-ending word of a top-level statement, if it is one. */
  static Optional<String> ending(LintStatement s) {
    if (s.kind() != StatementKind.OTHER) {
      return Optional.empty();
    }
    StatementWords w = StatementWords.of(s.source().text());
    String first = w.word(0);
    switch (first) {
      case "COMMIT", "ROLLBACK", "END", "ABORT" -> {
        // ROLLBACK TO SAVEPOINT stays in the transaction; COMMIT / ROLLBACK PREPARED act on
        // another, prepared transaction
        String second = w.word(1);
        boolean staysIn =
            second.equals("TO") || second.equals("PREPARED") || w.contains("TO", "SAVEPOINT");
        return staysIn ? Optional.empty() : Optional.of(first);
      }
      case "PREPARE" -> {
        return w.startsWith("PREPARE", "TRANSACTION")
            ? Optional.of("PREPARE TRANSACTION")
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
