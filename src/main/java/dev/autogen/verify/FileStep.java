package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.Optional;

/** Flyway files under verification: each applied as a script, undone by its {@code U...} file. */
final class FileStep {
  static final Step.Words WORDS = new Step.Words("downgrades", "steps");

  private FileStep() {}

  static Step of(Connection c, VerifyStep step) {
    MigrationFile undo = new MigrationFile(step.undo(), step.migration().version(), "undo", true);
    return new Step(
        new Step.Names(step.name(), step.kind(), step.undoName(), step.undoName(), step.name()),
        () ->
            Files.isRegularFile(step.undo())
                ? Optional.empty()
                : Optional.of("no downgrade: " + step.undo() + " does not exist"),
        () -> run(c, step.migration()),
        () -> run(c, undo));
  }

  private static void run(Connection c, MigrationFile file) throws MigrationReplayException {
    MigrationReplayer.apply(c, file.path().getParent(), file);
  }
}
