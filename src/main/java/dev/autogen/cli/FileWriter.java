package dev.autogen.cli;

import dev.autogen.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files all or nothing: every file goes to a temporary sibling first and is moved
 * into place only when all were written; on any failure nothing new is left behind.
 */
final class FileWriter {

  private FileWriter() {}

  static void writeAll(List<RenderedFile> files) {
    for (RenderedFile f : files) {
      if (Files.exists(f.path())) {
        throw new UserError(ExitCode.USAGE, f.path() + " already exists; nothing was written");
      }
    }
    Map<Path, Path> staged = new LinkedHashMap<>();
    List<Path> moved = new ArrayList<>();
    try {
      for (RenderedFile f : files) {
        Path dir = f.path().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".autogen-", ".tmp");
        staged.put(tmp, f.path());
        Files.writeString(tmp, f.text(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE);
        moved.add(e.getValue());
      }
    } catch (IOException e) {
      staged.keySet().forEach(FileWriter::deleteQuietly);
      moved.forEach(FileWriter::deleteQuietly);
      throw new UserError(ExitCode.USAGE, "cannot write migration files: " + e.getMessage(), e);
    }
  }

  /** Moves files (source to target) all or nothing, for {@code promote}. */
  static void moveAll(Map<Path, Path> moves) {
    for (Path target : moves.values()) {
      if (Files.exists(target)) {
        throw new UserError(ExitCode.USAGE, target + " already exists; nothing was moved");
      }
    }
    Map<Path, Path> done = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Path> m : moves.entrySet()) {
        Files.createDirectories(m.getValue().toAbsolutePath().getParent());
        Files.move(m.getKey(), m.getValue(), StandardCopyOption.ATOMIC_MOVE);
        done.put(m.getKey(), m.getValue());
      }
    } catch (IOException e) {
      done.forEach(
          (from, to) -> {
            try {
              Files.move(to, from, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
              // best effort: report the original failure below
            }
          });
      throw new UserError(ExitCode.USAGE, "cannot move files: " + e.getMessage(), e);
    }
  }

  /**
   * Records the migrations folder's new files in its integrity file ({@code autogen.sum}), which
   * {@code lint} checks for edits.
   */
  static void recordSums(Path migrations) {
    try {
      dev.autogen.devdb.MigrationSums.record(migrations);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.USAGE,
          "cannot write " + migrations.resolve("autogen.sum") + ": " + e.getMessage(),
          e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the original failure is what the user needs to see
    }
  }
}
