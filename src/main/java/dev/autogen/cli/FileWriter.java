package dev.autogen.cli;

import dev.autogen.devdb.MigrationSums;
import dev.autogen.devdb.MigrationVersions;
import dev.autogen.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what {@code -m} and {@code promote} produce: first checks everything that can be checked
 * (targets free, versions unused, {@code autogen.sum} readable), then writes the files and the
 * updated {@code autogen.sum} as one {@link FileTransaction}, all or nothing.
 */
final class FileWriter {

  private FileWriter() {}

  /**
   * Completes or clears what a killed run left in the folders, then checks that {@code autogen.sum}
   * can be read: what {@code -m} and {@code promote} do before anything else.
   */
  static void prepare(Settings s) {
    FileTransaction.recover(
        s.migrations(),
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(s.deferred(), s.rollback()),
                s.changelog().map(c -> c.toAbsolutePath().getParent()).stream())
            .toArray(Path[]::new));
    try {
      MigrationSums.read(s.migrations());
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage() + "; nothing was written", e);
    }
  }

  /** Writes the rendered files of {@code -m} and records them in {@code autogen.sum}. */
  static void writeAll(List<RenderedFile> files, Settings s) {
    writeAll(files, Map.of(), s);
  }

  /**
   * Writes new files and new contents for existing ones (a master changelog gaining an include) in
   * one transaction, and records the new files in {@code autogen.sum}.
   */
  static void writeAll(List<RenderedFile> files, Map<Path, String> replaced, Settings s) {
    MigrationVersions versions = versions(s);
    for (RenderedFile f : files) {
      if (Files.exists(f.path())) {
        throw new UserError(ExitCode.USAGE, f.path() + " already exists; nothing was written");
      }
      versions
          .clash(f.path(), Optional.empty())
          .ifPresent(
              other -> refuse(f.path(), other, "choose another --revision; nothing was written"));
    }
    Map<String, String> added = new LinkedHashMap<>();
    for (RenderedFile f : files) {
      relative(s.migrations(), f.path())
          .ifPresent(
              name ->
                  added.put(name, MigrationSums.sum(f.text().getBytes(StandardCharsets.UTF_8))));
    }
    FileTransaction tx = new FileTransaction(s.migrations());
    files.forEach(f -> tx.create(f.path(), f.text()));
    replaced.forEach(tx::replace);
    tx.replace(s.migrations().resolve(MigrationSums.FILE_NAME), sums(s.migrations(), added));
    tx.commit();
  }

  /** Moves files (source to target) for {@code promote} and records them in {@code autogen.sum}. */
  static void moveAll(Map<Path, Path> moves, Settings s) {
    moveAll(moves, Map.of(), s);
  }

  /** Moves files and gives existing ones new contents (a master changelog's includes) at once. */
  static void moveAll(Map<Path, Path> moves, Map<Path, String> replaced, Settings s) {
    MigrationVersions versions = versions(s);
    Map<String, String> added = new LinkedHashMap<>();
    for (Map.Entry<Path, Path> m : moves.entrySet()) {
      if (Files.exists(m.getValue())) {
        throw new UserError(ExitCode.USAGE, m.getValue() + " already exists; nothing was moved");
      }
      versions
          .clash(m.getValue(), Optional.of(m.getKey()))
          .ifPresent(
              other -> refuse(m.getValue(), other, "choose another --revision; nothing was moved"));
      Optional<String> name = relative(s.migrations(), m.getValue());
      if (name.isPresent()) {
        try {
          added.put(name.get(), MigrationSums.sum(m.getKey()));
        } catch (IOException e) {
          throw new UserError(
              ExitCode.USAGE, "cannot read " + m.getKey() + ": " + e.getMessage(), e);
        }
      }
    }
    FileTransaction tx = new FileTransaction(s.migrations());
    moves.forEach(tx::move);
    replaced.forEach(tx::replace);
    tx.replace(s.migrations().resolve(MigrationSums.FILE_NAME), sums(s.migrations(), added));
    tx.commit();
  }

  /** The versions taken in the three folders. */
  private static MigrationVersions versions(Settings s) {
    try {
      return MigrationVersions.of(List.of(s.migrations(), s.deferred(), s.rollback()));
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read the migration folders: " + e.getMessage());
    }
  }

  private static void refuse(Path target, Path other, String advice) {
    throw new UserError(
        ExitCode.USAGE,
        target.getFileName()
            + " would reuse the version of "
            + other
            + " (Flyway refuses two migrations with one version); "
            + advice);
  }

  private static String sums(Path migrations, Map<String, String> added) {
    try {
      return MigrationSums.recorded(migrations, added);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage() + "; nothing was written", e);
    }
  }

  private static Optional<String> relative(Path folder, Path file) {
    Path f = file.toAbsolutePath().normalize();
    Path d = folder.toAbsolutePath().normalize();
    return f.startsWith(d)
        ? Optional.of(d.relativize(f).toString().replace('\\', '/'))
        : Optional.empty();
  }
}
