package dev.autogen.devdb;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Replaying a migration folder failed. The message names the file and, when a statement failed, its
 * number and starting line; {@link #file()} gives the file when one was being applied.
 */
public final class MigrationReplayException extends Exception {
  private final transient Path file;

  public MigrationReplayException(String message, Path file, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /** The migration being applied when replay failed; empty if the folder itself was unreadable. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
