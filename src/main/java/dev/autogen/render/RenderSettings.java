package dev.autogen.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a render run needs besides the plan: the revision and message that name the files, the three
 * output folders, and the timeouts every file sets before its statements.
 *
 * @param revision Flyway version prefix, digits with optional {@code .}/{@code _} separators, e.g.
 *     {@code 20261125113800}
 * @param message free text; its slug (lower case, other characters as {@code _}) names the files
 * @param migrationsDir where expand and backfill steps go (Flyway's location)
 * @param deferredDir where contract steps wait until {@code autogen promote}
 * @param rollbackDir where the undo scripts go
 * @param lockTimeout PostgreSQL interval text, e.g. {@code 5s}
 * @param statementTimeout PostgreSQL interval text, e.g. {@code 60s}; steps that may run long use
 *     {@code 0} instead
 */
public record RenderSettings(
    String revision,
    String message,
    Path migrationsDir,
    Path deferredDir,
    Path rollbackDir,
    String lockTimeout,
    String statementTimeout) {

  private static final Pattern REVISION = Pattern.compile("[0-9]+(?:[._][0-9]+)*");

  public RenderSettings {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(migrationsDir, "migrationsDir");
    Objects.requireNonNull(deferredDir, "deferredDir");
    Objects.requireNonNull(rollbackDir, "rollbackDir");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    // the revision becomes part of a Flyway version, which only accepts digits and separators
    if (!REVISION.matcher(revision).matches()) {
      throw new IllegalArgumentException(
          "revision must be digits (optionally separated by . or _), got '" + revision + "'");
    }
    if (lockTimeout.isBlank() || statementTimeout.isBlank()) {
      throw new IllegalArgumentException("timeouts must not be blank");
    }
  }

  /** Whether {@code revision} can start a Flyway version: digits, optionally separated. */
  public static boolean validRevision(String revision) {
    return REVISION.matcher(revision).matches();
  }

  /** Settings with the default timeouts: lock 5s, statement 60s. */
  public static RenderSettings defaults(
      String revision, String message, Path migrationsDir, Path deferredDir, Path rollbackDir) {
    return new RenderSettings(
        revision, message, migrationsDir, deferredDir, rollbackDir, "5s", "60s");
  }
}
