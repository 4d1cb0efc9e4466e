package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one golden-file helper: compares text output with checked-in golden files, one file or a
 * whole folder. A missing golden file or folder fails the test (it is never created silently); on a
 * mismatch or a missing golden the actual output is written under {@code target/golden-actual/} (at
 * the golden's path relative to the project) for inspection. Only {@code -Dgolden.update=true}
 * rewrites the goldens from the actual output, removing golden files the output no longer has.
 *
 * <p>Golden paths are relative to the project folder (or absolute); {@link #resource} names one
 * under {@code src/test/resources/golden/}.
 */
public final class GoldenFiles {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final Path RESOURCES = Path.of("src/test/resources/golden");
  private static final Path ACTUAL = BASE.resolve("target/golden-actual");

  private GoldenFiles() {}

  /** {@code src/test/resources/golden/<name>}, the home of goldens that belong to no fixture. */
  public static Path resource(String name) {
    return RESOURCES.resolve(name);
  }

  /** Asserts that the golden file holds exactly {@code actual}. */
  public static void assertMatches(Path golden, String actual) {
    Path file = BASE.resolve(golden);
    Path kept = actualPath(golden);
    if (updating()) {
      write(file, actual);
      return;
    }
    if (!Files.isRegularFile(file)) {
      write(kept, actual);
      fail(
          "golden file %s is missing; the actual output is in %s (rerun with -Dgolden.update=true"
              + " to accept it)",
          file, kept);
    }
    String expected = read(file);
    if (!expected.equals(actual)) {
      write(kept, actual);
    }
    assertThat(actual)
        .as("golden file %s (actual output written to %s)", file, kept)
        .isEqualTo(expected);
  }

  /**
   * Asserts that the golden folder holds exactly these files (path relative to the folder, with
   * {@code /}, to text): none missing, none extra, each equal.
   */
  public static void assertFolder(Path golden, Map<String, String> actual) {
    Path folder = BASE.resolve(golden);
    Path kept = actualPath(golden);
    if (updating()) {
      deleteTree(folder);
      actual.forEach((name, text) -> write(folder.resolve(name), text));
      return;
    }
    if (!Files.isDirectory(folder)) {
      keep(kept, actual);
      fail(
          "golden folder %s is missing; the actual output is in %s (rerun with"
              + " -Dgolden.update=true to accept it)",
          folder, kept);
    }
    Map<String, String> expected = readFolder(folder);
    if (expected.equals(actual)) {
      return;
    }
    keep(kept, actual);
    assertThat(new TreeSet<>(actual.keySet()))
        .as("files in golden folder %s (actual output written to %s)", folder, kept)
        .containsExactlyElementsOf(expected.keySet());
    new TreeMap<>(actual)
        .forEach(
            (name, text) ->
                assertThat(text)
                    .as(
                        "golden file %s (actual output written to %s)",
                        folder.resolve(name), kept.resolve(name))
                    .isEqualTo(expected.get(name)));
  }

  /** Asserts that the golden folder holds exactly the files under {@code actualFolder}. */
  public static void assertFolder(Path golden, Path actualFolder) {
    assertFolder(golden, readFolder(actualFolder));
  }

  private static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Where the actual output of a golden goes: the golden's project path under target/. */
  private static Path actualPath(Path golden) {
    Path base = BASE.toAbsolutePath().normalize();
    Path absolute = base.resolve(golden).normalize();
    Path relative =
        absolute.startsWith(base)
            ? base.relativize(absolute)
            : Path.of("outside").resolve(absolute.getRoot().relativize(absolute));
    return ACTUAL.resolve(relative);
  }

  private static void keep(Path folder, Map<String, String> files) {
    deleteTree(folder);
    files.forEach((name, text) -> write(folder.resolve(name), text));
  }

  private static Map<String, String> readFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
                  f -> folder.relativize(f).toString().replace('\\', '/'),
                  GoldenFiles::read,
                  (a, b) -> a,
                  TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
      for (Path p : paths) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
