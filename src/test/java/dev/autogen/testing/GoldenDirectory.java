package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a folder of generated files with a checked-in golden folder. A missing golden folder
 * fails (never created silently); on a mismatch the actual files are kept under {@code
 * target/golden-actual/}; {@code -Dgolden.update=true} rewrites the golden folder instead.
 */
public final class GoldenDirectory {

  private GoldenDirectory() {}

  public static void assertMatches(Path actualDir, Path goldenDir, String name) {
    boolean update = Boolean.getBoolean("golden.update");
    try {
      if (update) {
        replace(actualDir, goldenDir);
        return;
      }
      if (!Files.isDirectory(goldenDir)) {
        keep(actualDir, name);
        fail(
            "golden folder "
                + goldenDir
                + " is missing; run with -Dgolden.update=true to create it");
      }
      TreeSet<String> actual = relativeFiles(actualDir);
      TreeSet<String> golden = relativeFiles(goldenDir);
      boolean same = actual.equals(golden);
      for (String f : actual) {
        if (same
            && !Files.readString(actualDir.resolve(f))
                .equals(Files.readString(goldenDir.resolve(f)))) {
          same = false;
        }
      }
      if (!same) {
        Path kept = keep(actualDir, name);
        assertThat(actual)
            .as("files generated for " + name + " (actual kept in " + kept + ")")
            .isEqualTo(golden);
        for (String f : actual) {
          assertThat(Files.readString(actualDir.resolve(f)))
              .as(f + " of " + name + " (actual kept in " + kept + ")")
              .isEqualTo(Files.readString(goldenDir.resolve(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> relativeFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new TreeSet<>();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path keep(Path actualDir, String name) throws IOException {
    Path target = Path.of("target", "golden-actual", name);
    copy(actualDir, target);
    return target;
  }

  private static void replace(Path from, Path to) throws IOException {
    if (Files.isDirectory(to)) {
      try (Stream<Path> s = Files.walk(to)) {
        List<Path> all = s.sorted(java.util.Comparator.reverseOrder()).toList();
        for (Path p : all) {
          Files.delete(p);
        }
      }
    }
    copy(from, to);
  }

  private static void copy(Path from, Path to) throws IOException {
    for (String f : relativeFiles(from)) {
      Path target = to.resolve(f);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(f), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
