package dev.autogen.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The java.util.logging configuration of the command line, named by {@code
 * java.util.logging.config.class}: libraries (SchemaCrawler, Flyway, the dev database) log progress
 * at INFO, and autogen's own output is what the user asked for, so only warnings pass. The log
 * manager builds it when a library first logs, so commands that touch no library never load the
 * logging classes (issue 6: start-up time). Flyway and Liquibase replay the dev database: what goes
 * wrong there reaches the user as autogen's own one-line error, so their logs are silenced.
 */
public final class QuietLogging {

  private static final String CONFIG =
      """
      handlers = java.util.logging.ConsoleHandler
      .level = WARNING
      java.util.logging.ConsoleHandler.level = WARNING
      org.flywaydb.level = OFF
      liquibase.level = OFF
      """;

  public QuietLogging() {
    try {
      LogManager.getLogManager()
          .readConfiguration(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
