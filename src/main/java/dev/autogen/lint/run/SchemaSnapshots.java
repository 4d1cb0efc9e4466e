package dev.autogen.lint.run;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.FlywayReplay;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.ProgressListener;
import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.lint.state.SurfaceSteps;
import dev.autogen.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Takes the two schemas the semantic check compares, on a dev database: the files before the linted
 * ones are replayed and the schema read, then the linted files are applied and the schema read
 * again. It does the I/O of the schema checks: the dev database, and temporary copies of the files
 * that the real Flyway applies a side at a time.
 */
public final class SchemaSnapshots {
  /** The schema before and after the linted files. */
  public record Snapshots(Schema before, Schema after) {}

  private SchemaSnapshots() {}

  public static Snapshots take(
      DevDatabase db, Dialect dialect, List<MigrationFile> earlier, List<MigrationFile> linted)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    Path dir = Files.createTempDirectory("autogen-lint");
    try (Connection c = db.connect()) {
      replay(db, dir, earlier, Map.of());
      Schema before = new Introspector(dialect).read(c, db.schema()).current();
      replay(db, dir, linted, Map.of());
      Schema after = new Introspector(dialect).read(c, db.schema()).current();
      return new Snapshots(before, after);
    } finally {
      delete(dir);
    }
  }

  /**
   * Like {@link #take}, but applies the linted files one at a time, in the given order, and reads
   * the surface after each, for the check that both code versions work at every step.
   */
  public static SurfaceSteps takeEach(
      DevDatabase db, Dialect dialect, List<MigrationFile> earlier, List<MigrationFile> linted)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    return takeEach(db, dialect, earlier, linted, Map.of());
  }

  /**
   * As {@link #takeEach(DevDatabase, Dialect, List, List)}, replaying with the real Flyway under
   * the project's Flyway configuration ({@code flyway.*} keys: placeholders and the like).
   */
  public static SurfaceSteps takeEach(
      DevDatabase db,
      Dialect dialect,
      List<MigrationFile> earlier,
      List<MigrationFile> linted,
      Map<String, String> flyway)
      throws SQLException, IOException, MigrationReplayException, IntrospectionException {
    Path dir = Files.createTempDirectory("autogen-lint");
    try (Connection c = db.connect()) {
      replay(db, dir, earlier, flyway);
      Schema before = new Introspector(dialect).read(c, db.schema()).current();
      List<SurfaceSteps.Step> steps = new ArrayList<>();
      for (MigrationFile f : linted) {
        replay(db, dir, List.of(f), flyway);
        steps.add(new SurfaceSteps.Step(f, SurfaceReader.read(c, db.schema(), dialect)));
      }
      return new SurfaceSteps(before, steps);
    } finally {
      delete(dir);
    }
  }

  /**
   * Adds copies of {@code files} to {@code dir} and lets Flyway apply what is pending there: the
   * files are in application order already, so out-of-order is allowed (a deferred step may carry a
   * lower version than a migration before it).
   */
  private static void replay(
      DevDatabase db, Path dir, List<MigrationFile> files, Map<String, String> flyway)
      throws IOException, MigrationReplayException {
    if (files.isEmpty()) {
      return;
    }
    for (MigrationFile f : files) {
      Path name = f.path().getFileName();
      Files.copy(f.path(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      Path conf = f.path().resolveSibling(name + ".conf");
      if (Files.isRegularFile(conf)) {
        Files.copy(conf, dir.resolve(name + ".conf"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Map<String, String> configuration = new HashMap<>(flyway);
    configuration.put("flyway.outOfOrder", "true");
    new FlywayReplay(List.of(dir), List.of(), configuration).replay(db, ProgressListener.NONE);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
