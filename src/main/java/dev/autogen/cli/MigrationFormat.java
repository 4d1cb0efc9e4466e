package dev.autogen.cli;

import java.util.Locale;
import java.util.Optional;

/** What {@code autogen -m} writes and {@code autogen promote} moves. */
enum MigrationFormat {
  /** Versioned Flyway migrations, {@code .conf} files and {@code U...} undo scripts. */
  FLYWAY,
  /** Liquibase formatted SQL changelogs included from the project's master changelog. */
  LIQUIBASE;

  static Optional<MigrationFormat> parse(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "flyway" -> Optional.of(FLYWAY);
      case "liquibase" -> Optional.of(LIQUIBASE);
      default -> Optional.empty();
    };
  }

  /**
   * The format {@code word} (the option value {@code given}, trimmed) names, else a usage error
   * that lists the {@code choices} of the command's {@code --format}.
   */
  static MigrationFormat ofOption(String word, String given, String choices) {
    return parse(word)
        .orElseThrow(
            () ->
                new UserError(
                    ExitCode.USAGE, "unknown --format '" + given + "' (use " + choices + ")"));
  }
}
