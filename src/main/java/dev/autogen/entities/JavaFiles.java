package dev.autogen.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .java} files below a source root, sorted by path: the order in which sources are shown
 * and located, so that two readings of the same tree list them alike.
 */
public final class JavaFiles {
  private JavaFiles() {}

  public static List<Path> under(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
