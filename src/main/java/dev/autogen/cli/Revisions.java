package dev.autogen.cli;

import dev.autogen.render.RenderSettings;
import java.nio.file.Files;

/** Checks the options that name written files before anything is read or written. */
final class Revisions {

  private Revisions() {}

  /** A {@code --revision} must be a Flyway version: Flyway refuses {@code Vabc_1__x.sql}. */
  static void check(String revision) {
    if (revision != null && !RenderSettings.validRevision(revision)) {
      throw new UserError(
          ExitCode.USAGE,
          "--revision '"
              + revision
              + "' is not a Flyway version: digits, optionally separated by . or _ (e.g."
              + " 20240101120000 or 2_1)");
    }
  }

  /** A {@code --templates} folder must exist. */
  static void checkTemplates(Settings s) {
    s.templates()
        .filter(t -> !Files.isDirectory(t))
        .ifPresent(
            t -> {
              throw new UserError(
                  ExitCode.USAGE, "--templates " + t + " is not a folder of templates");
            });
  }
}
