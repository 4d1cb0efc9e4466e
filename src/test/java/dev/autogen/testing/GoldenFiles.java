package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares output with golden files under {@code src/test/resources/golden/}. A missing golden file
 * fails the test (it is never created silently); on a mismatch or a missing file the actual output
 * is written under {@code target/golden-actual/} for inspection. Run with {@code
 * -Dgolden.update=true} to rewrite the golden files from the actual output.
 */
public final class GoldenFiles {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final Path GOLDEN = BASE.resolve("src/test/resources/golden");
  private static final Path ACTUAL = BASE.resolve("target/golden-actual");

  private GoldenFiles() {}

  private static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code golden/<name>} holds exactly {@code actual}. */
  public static void assertMatches(String name, String actual) {
    Path golden = GOLDEN.resolve(name);
    if (updating()) {
      write(golden, actual);
      return;
    }
    if (!Files.isRegularFile(golden)) {
      write(ACTUAL.resolve(name), actual);
      fail(
          "golden file %s is missing; the actual output is in %s (rerun with -Dgolden.update=true"
              + " to accept it)",
          golden, ACTUAL.resolve(name));
    }
    String expected = read(golden);
    if (!expected.equals(actual)) {
      write(ACTUAL.resolve(name), actual);
    }
    assertThat(actual)
        .as("golden file %s (actual output written to %s)", golden, ACTUAL.resolve(name))
        .isEqualTo(expected);
  }

  /**
   * Asserts that the folder {@code golden/<dir>} holds exactly these files (relative path to text):
   * none missing, none extra, each equal.
   */
  public static void assertFolder(String dir, Map<String, String> actual) {
    Path folder = GOLDEN.resolve(dir);
    if (updating()) {
      existing(folder).forEach(f -> delete(folder.resolve(f)));
    } else if (!Files.isDirectory(folder)) {
      actual.forEach((name, text) -> write(ACTUAL.resolve(dir).resolve(name), text));
      fail("golden folder %s is missing; the actual output is in %s", folder, ACTUAL.resolve(dir));
    } else {
      assertThat(existing(folder))
          .as("files in golden folder %s", folder)
          .containsExactlyInAnyOrderElementsOf(actual.keySet());
    }
    actual.forEach((name, text) -> assertMatches(dir + "/" + name, text));
  }

  private static Set<String> existing(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
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

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
