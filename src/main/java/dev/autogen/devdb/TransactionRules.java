package dev.autogen.devdb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises PostgreSQL statements that cannot run inside a transaction block. Flyway detects these
 * and runs such a migration outside a transaction even without a {@code .conf} file, so the replay
 * has to do the same to accept the histories Flyway accepts.
 */
final class TransactionRules {
  private static final List<Pattern> NON_TRANSACTIONAL =
      List.of(
          Pattern.compile("^CREATE (UNIQUE )?INDEX CONCURRENTLY\\b"),
          Pattern.compile("^DROP INDEX CONCURRENTLY\\b"),
          Pattern.compile("^REINDEX\\b.*\\bCONCURRENTLY\\b"),
          Pattern.compile("^VACUUM\\b"),
          Pattern.compile("^(CREATE|DROP) (DATABASE|TABLESPACE)\\b"),
          Pattern.compile("^ALTER SYSTEM\\b"),
          Pattern.compile("^ALTER TABLE\\b.*\\bDETACH PARTITION\\b.*\\bCONCURRENTLY\\b"));

  private TransactionRules() {}

  static boolean allowedInTransaction(String statement) {
    String normalized = statement.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    return NON_TRANSACTIONAL.stream().noneMatch(p -> p.matcher(normalized).find());
  }
}
