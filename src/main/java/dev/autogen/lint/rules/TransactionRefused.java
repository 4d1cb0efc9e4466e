package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementWords;

/**
 * Which statements PostgreSQL refuses inside a transaction block ("cannot run inside a transaction
 * block"), and which of them Flyway's PostgreSQL parser recognises (its {@code
 * detectCanExecuteInTransaction}): a file holding only recognised ones runs outside a transaction
 * without any configuration.
 */
enum TransactionRefused {
  /** Runs in a transaction. */
  NO,
  /**
   * Refused, and Flyway sees it: {@code CREATE|DROP INDEX CONCURRENTLY}, {@code VACUUM}, {@code
   * CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION}, {@code ALTER SYSTEM}, {@code REINDEX
   * SCHEMA|DATABASE|SYSTEM}, {@code DISCARD ALL}.
   */
  SEEN_BY_FLYWAY,
  /**
   * Refused, and Flyway does not see it, so it runs it in the file's transaction: {@code REINDEX
   * INDEX|TABLE ... CONCURRENTLY}, {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}.
   */
  UNSEEN_BY_FLYWAY;

  /**
   * @param enumAddValueInTransaction the server runs {@code ALTER TYPE ... ADD VALUE} in a
   *     transaction block (12+); before, it refuses it and Flyway's parser, which asks the server's
   *     version, recognises it
   */
  static TransactionRefused of(LintStatement s, boolean enumAddValueInTransaction) {
    if ((s.kind() == StatementKind.CREATE_INDEX || s.kind() == StatementKind.DROP_INDEX)
        && s.concurrently()) {
      return SEEN_BY_FLYWAY;
    }
    if (s.kind() == StatementKind.VACUUM) {
      return SEEN_BY_FLYWAY;
    }
    if (s.kind() == StatementKind.REINDEX) {
      String target = s.detail().split(" ", 2)[0];
      if (target.equals("SCHEMA") || target.equals("DATABASE") || target.equals("SYSTEM")) {
        return SEEN_BY_FLYWAY;
      }
      return s.concurrently() ? UNSEEN_BY_FLYWAY : NO;
    }
    if (s.kind() == StatementKind.ALTER_TABLE) {
      if (!s.source().text().toUpperCase(java.util.Locale.ROOT).contains("DETACH")) {
        return NO;
      }
      StatementWords w = StatementWords.of(s.source().text());
      return w.contains("DETACH", "PARTITION") && w.contains("CONCURRENTLY")
          ? UNSEEN_BY_FLYWAY
          : NO;
    }
    if (s.kind() != StatementKind.OTHER && s.kind() != StatementKind.DROP_INDEX) {
      return NO;
    }
    StatementWords w = StatementWords.of(s.source().text());
    for (String what : new String[] {"DATABASE", "TABLESPACE", "SUBSCRIPTION"}) {
      if (w.startsWith("CREATE", what) || w.startsWith("DROP", what)) {
        return SEEN_BY_FLYWAY;
      }
    }
    if (w.startsWith("ALTER", "SYSTEM") || w.startsWith("DISCARD", "ALL")) {
      return SEEN_BY_FLYWAY;
    }
    if (!enumAddValueInTransaction && w.startsWith("ALTER", "TYPE") && w.contains("ADD", "VALUE")) {
      return SEEN_BY_FLYWAY;
    }
    return NO;
  }
}
