package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * Rule {@code non-transactional-in-transaction}: a statement PostgreSQL refuses inside a
 * transaction block, in a file Flyway runs in one. Flyway runs a file outside a transaction when
 * its configuration says {@code executeInTransaction=false}, or when every statement of the file is
 * one its parser recognises as non-transactional ({@link TransactionRefused#SEEN_BY_FLYWAY}); it
 * refuses a file that mixes them with other statements unless {@code flyway.mixed=true}, and runs
 * the ones it does not recognise in the transaction, where PostgreSQL rejects them. Liquibase
 * recognises none: a changeset runs in a transaction unless its {@code --changeset} line says
 * {@code runInTransaction:false}.
 */
final class NonTransactionalInTransaction extends InTransactionRule {
  /** The file whose statements were last counted, and whether it has transactional ones. */
  private List<LintStatement> counted = List.of();

  private boolean hasTransactional;

  /** {@link dev.autogen.dialect.Capabilities#enumAddValueInTransaction()} of the server. */
  private final boolean enumAddValueInTransaction;

  NonTransactionalInTransaction(boolean enumAddValueInTransaction, MigrationTool tool) {
    super(tool);
    this.enumAddValueInTransaction = enumAddValueInTransaction;
  }

  static Rule rule(MigrationTool tool) {
    return Rule.error(
        "non-transactional-in-transaction",
        "A statement PostgreSQL refuses inside a transaction block, "
            + tool.inTransactionalUnit("runs")
            + (tool.detectsNonTransactional() ? " (or refuses for mixing)." : "."),
        "Put the statement in "
            + tool.outsideTransaction()
            + ", written so that a rerun continues (IF NOT EXISTS / IF EXISTS).");
  }

  @Override
  void checkInTransaction(LintStatement s, MigrationState state, Violations out) {
    TransactionRefused refused = TransactionRefused.of(s, enumAddValueInTransaction);
    if (refused == TransactionRefused.NO) {
      return;
    }
    String what = what(s);
    // Liquibase runs a changeset in a transaction whatever its statements are
    if (refused == TransactionRefused.UNSEEN_BY_FLYWAY || !tool.detectsNonTransactional()) {
      out.add(
          what
              + " cannot run inside a transaction block, and "
              + tool.displayName()
              + " runs this "
              + tool.unit()
              + " in one: it fails",
          s.table());
    } else if (mixed(state.file().statements())) {
      out.add(
          what
              + " cannot run inside a transaction block, and the file has other statements: Flyway refuses the file (or, with flyway.mixed=true, runs all of it without a transaction, so a failure leaves it half applied)",
          s.table());
    }
  }

  private boolean mixed(List<LintStatement> statements) {
    if (statements != counted) {
      // once per file: a rule that counted per statement would be quadratic in the file's length
      counted = statements;
      hasTransactional =
          statements.stream()
              .anyMatch(
                  t ->
                      TransactionRefused.of(t, enumAddValueInTransaction)
                          != TransactionRefused.SEEN_BY_FLYWAY);
    }
    return hasTransactional;
  }

  private static String what(LintStatement s) {
    return switch (s.kind()) {
      case CREATE_INDEX -> "CREATE INDEX CONCURRENTLY";
      case DROP_INDEX -> "DROP INDEX CONCURRENTLY";
      case VACUUM -> "VACUUM";
      case REINDEX -> s.concurrently() ? "REINDEX ... CONCURRENTLY" : "REINDEX " + s.detail();
      case ALTER_TABLE -> "DETACH PARTITION ... CONCURRENTLY";
      default -> {
        StatementWords w = StatementWords.of(s.source().text());
        yield w.word(0) + " " + w.word(1);
      }
    };
  }
}
