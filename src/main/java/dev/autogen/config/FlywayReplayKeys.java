package dev.autogen.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Flyway settings that change what a migration does, which a replay follows wherever the
 * project sets them (Spring's {@code spring.flyway.*}, Flyway's own {@code flyway.conf} and {@code
 * flyway.toml}). Where Flyway connects, and what it may clean, are autogen's to decide, so those
 * keys are not among them.
 */
final class FlywayReplayKeys {

  /** The keys as Spring writes them after {@code spring.flyway.}. */
  static final List<String> SPRING =
      List.of(
          "baseline-on-migrate",
          "baseline-version",
          "baseline-description",
          "encoding",
          "init-sqls",
          "mixed",
          "out-of-order",
          "placeholder-prefix",
          "placeholder-replacement",
          "placeholder-separator",
          "placeholder-suffix",
          "script-placeholder-prefix",
          "script-placeholder-suffix",
          "repeatable-sql-migration-prefix",
          "sql-migration-prefix",
          "sql-migration-separator",
          "sql-migration-suffixes",
          "target");

  /** The same keys as Flyway names them (after {@code flyway.}, or under {@code [flyway]}). */
  static final Set<String> FLYWAY =
      SPRING.stream().map(FlywayReplayKeys::flywayName).collect(Collectors.toUnmodifiableSet());

  private FlywayReplayKeys() {}

  /** Flyway's name of a Spring key: {@code baseline-version} is {@code baselineVersion}. */
  static String flywayName(String springKey) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char ch : springKey.toCharArray()) {
      if (ch == '-') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    // Flyway names the list of statements run on each connection initSql
    return b.toString().equals("initSqls") ? "initSql" : b.toString();
  }
}
