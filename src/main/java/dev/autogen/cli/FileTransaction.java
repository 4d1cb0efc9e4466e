package dev.autogen.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to the migration folders that happen all together or not at all, even when the process is
 * killed half-way ({@code kill -9}, a power cut aside):
 *
 * <ol>
 *   <li>every new content is written to a temporary file {@code .autogen-*.tmp} beside its target;
 *   <li>the list of renames to make is written to the journal {@code .autogen-journal} in the
 *       migrations folder, itself written to a temporary file and renamed into place (the commit
 *       point);
 *   <li>the renames are made, then the journal is deleted.
 * </ol>
 *
 * {@link #recover} runs at the start of every command that writes: a journal left behind is carried
 * out to the end (each rename is skipped when already made), temporary files without a journal are
 * deleted. Either way the folders end up as before the interrupted command or as after it.
 */
final class FileTransaction {

  static final String JOURNAL = ".autogen-journal";
  private static final String TEMP_PREFIX = ".autogen-";
  private static final String TEMP_SUFFIX = ".tmp";

  /** One rename of the journal; {@code replace} for a file that exists and gets new contents. */
  private record Rename(Path from, Path to, boolean replace) {}

  private record Content(Path target, String text, boolean replace) {}

  private final Path migrations;
  private final List<Content> contents = new ArrayList<>();
  private final List<Rename> moves = new ArrayList<>();

  FileTransaction(Path migrations) {
    this.migrations = migrations;
  }

  /** A new file; the commit fails if it exists by then. */
  FileTransaction create(Path target, String text) {
    contents.add(new Content(target, text, false));
    return this;
  }

  /** New contents for a file that may exist. */
  FileTransaction replace(Path target, String text) {
    contents.add(new Content(target, text, true));
    return this;
  }

  /** A file renamed; the commit fails if the target exists by then. */
  FileTransaction move(Path from, Path to) {
    moves.add(new Rename(from, to, false));
    return this;
  }

  /** Makes every change, or none (the failure is reported as a usage error). */
  void commit() {
    for (Content c : contents) {
      if (!c.replace() && Files.exists(c.target())) {
        throw new UserError(ExitCode.USAGE, c.target() + " already exists; nothing was written");
      }
    }
    for (Rename m : moves) {
      if (Files.exists(m.to())) {
        throw new UserError(ExitCode.USAGE, m.to() + " already exists; nothing was moved");
      }
    }
    List<Rename> renames = new ArrayList<>();
    List<Path> staged = new ArrayList<>();
    Path journal = migrations.resolve(JOURNAL);
    try {
      for (Content c : contents) {
        Path dir = c.target().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        staged.add(tmp);
        writeDurably(tmp, c.text());
        renames.add(new Rename(tmp, c.target().toAbsolutePath(), c.replace()));
      }
      for (Rename m : moves) {
        Files.createDirectories(m.to().toAbsolutePath().getParent());
        renames.add(new Rename(m.from().toAbsolutePath(), m.to().toAbsolutePath(), false));
      }
      Files.createDirectories(migrations);
      Path journalTmp = Files.createTempFile(migrations, TEMP_PREFIX, TEMP_SUFFIX);
      staged.add(journalTmp);
      writeDurably(journalTmp, journalText(renames));
      Files.move(journalTmp, journal, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      staged.forEach(FileTransaction::deleteQuietly);
      throw new UserError(ExitCode.USAGE, "cannot write migration files: " + e.getMessage(), e);
    }
    try {
      carryOut(renames);
      Files.delete(journal);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.USAGE,
          "cannot finish writing the migration files ("
              + e.getMessage()
              + "); the next autogen -m or promote completes it from "
              + journal,
          e);
    }
  }

  /**
   * Completes a transaction a killed run left behind, or clears the temporary files of one that had
   * not reached its commit point.
   */
  static void recover(Path migrations, Path... others) {
    Path journal = migrations.resolve(JOURNAL);
    try {
      if (Files.isRegularFile(journal)) {
        carryOut(parse(Files.readString(journal, StandardCharsets.UTF_8)));
        Files.delete(journal);
      }
      deleteTemporaries(migrations);
      for (Path other : others) {
        deleteTemporaries(other);
      }
    } catch (IOException | RuntimeException e) {
      throw new UserError(
          ExitCode.USAGE,
          "cannot complete the interrupted change recorded in " + journal + ": " + e.getMessage(),
          e);
    }
  }

  private static void carryOut(List<Rename> renames) throws IOException {
    for (Rename r : renames) {
      if (!Files.exists(r.from())) {
        continue; // made before the interruption
      }
      if (r.replace()) {
        Files.move(r.from(), r.to(), StandardCopyOption.ATOMIC_MOVE);
      } else if (!Files.exists(r.to())) {
        Files.move(r.from(), r.to(), StandardCopyOption.ATOMIC_MOVE);
      } else {
        throw new IOException("both " + r.from() + " and " + r.to() + " exist");
      }
    }
  }

  private static String journalText(List<Rename> renames) {
    StringBuilder b = new StringBuilder("# autogen: renames in progress; autogen completes them\n");
    for (Rename r : renames) {
      b.append(r.replace() ? "replace" : "move")
          .append('\t')
          .append(r.from())
          .append('\t')
          .append(r.to())
          .append('\n');
    }
    return b.toString();
  }

  private static List<Rename> parse(String text) {
    List<Rename> renames = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("unreadable journal line '" + line + "'");
      }
      renames.add(new Rename(Path.of(parts[1]), Path.of(parts[2]), parts[0].equals("replace")));
    }
    return renames;
  }

  private static void deleteTemporaries(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> tmp =
        Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path p : tmp) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Writes and forces the bytes to disk, so the commit point never precedes the contents. */
  private static void writeDurably(Path file, String text) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
      ch.force(true);
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
