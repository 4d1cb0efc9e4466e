package dev.autogen.lint.run;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.lint.state.SurfaceSteps;
import dev.autogen.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Takes the two schemas the semantic check compares, on a dev database: the files before the linted
 * ones are replayed and the schema read, then the linted files are applied and the schema read
 * again. It does the I/O of the schema checks: the dev database, and temporary copies of the files
 * so that the replayer sees exactly one side.
 */
public final class SchemaSnapshots {
  /** The schema before and after the linted files. */
  public record Snapshots(Schema before, Schema after) {}

  private SchemaSnapshots() {}

  public static Snapshots take(
      DevDatabase db, Dialect dialect, List<MigrationFile> earlier, List<MigrationFile> linted)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    try (Connection c = db.connect()) {
      Schema before = replayAndRead(c, db, dialect, earlier);
      return new Snapshots(before, replayAndRead(c, db, dialect, linted));
    }
  }

  /**
   * Like {@link #take}, but applies the linted files one at a time, in the given order, and reads
   * the surface after each, for the check that both code versions work at every step.
   */
  public static SurfaceSteps takeEach(
      DevDatabase db, Dialect dialect, List<MigrationFile> earlier, List<MigrationFile> linted)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    try (Connection c = db.connect()) {
      Schema before = replayAndRead(c, db, dialect, earlier);
      List<SurfaceSteps.Step> steps = new ArrayList<>();
      for (MigrationFile f : linted) {
        replay(c, List.of(f));
        steps.add(new SurfaceSteps.Step(f, SurfaceReader.read(c, db.schema(), dialect)));
      }
      return new SurfaceSteps(before, steps);
    }
  }

  /** Replays {@code files} on {@code c}, then reads the schema they leave. */
  private static Schema replayAndRead(
      Connection c, DevDatabase db, Dialect dialect, List<MigrationFile> files)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    replay(c, files);
    return new Introspector(dialect).read(c, db.schema()).current();
  }

  private static void replay(Connection c, List<MigrationFile> files)
      throws IOException, MigrationReplayException {
    if (files.isEmpty()) {
      return;
    }
    Path dir = Files.createTempDirectory("autogen-lint");
    try {
      for (MigrationFile f : files) {
        Path name = f.path().getFileName();
        Files.copy(f.path(), dir.resolve(name));
        Path conf = f.path().resolveSibling(name + ".conf");
        if (Files.isRegularFile(conf)) {
          Files.copy(conf, dir.resolve(name + ".conf"));
        }
      }
      MigrationReplayer.replay(c, dir, (i, n, p) -> {});
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
