package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.Optional;

/** A Flyway file under verification: applied as a script, undone by its {@code U...} file. */
final class FileStep implements Step {
  static final Words WORDS = new Words("downgrades", "steps");

  private final Connection c;
  private final VerifyStep step;

  FileStep(Connection c, VerifyStep step) {
    this.c = c;
    this.step = step;
  }

  @Override
  public String name() {
    return step.name();
  }

  @Override
  public String kind() {
    return step.kind();
  }

  @Override
  public String undoName() {
    return step.undoName();
  }

  @Override
  public String undone() {
    return step.undoName();
  }

  @Override
  public String before() {
    return step.name();
  }

  @Override
  public Optional<String> cannotUndo() {
    return Files.isRegularFile(step.undo())
        ? Optional.empty()
        : Optional.of("no downgrade: " + step.undo() + " does not exist");
  }

  @Override
  public void apply() throws MigrationReplayException {
    run(step.migration());
  }

  @Override
  public void undo() throws MigrationReplayException {
    run(new MigrationFile(step.undo(), step.migration().version(), "undo", true));
  }

  private void run(MigrationFile file) throws MigrationReplayException {
    MigrationReplayer.apply(c, file.path().getParent(), file);
  }
}
