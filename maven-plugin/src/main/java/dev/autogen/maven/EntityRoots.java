package dev.autogen.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --entities} options a goal passes: none when the POM keeps the conventional {@code
 * src/main/java}, which the CLI reads by default (so {@code autogen.properties} still decides, as
 * for the CLI); the project's existing source roots when the POM moves them elsewhere.
 */
final class EntityRoots {

  private EntityRoots() {}

  static List<String> options(Path basedir, String sourceDirectory, List<Path> sourceRoots) {
    Path conventional = basedir.resolve("src/main/java").normalize();
    if (sourceDirectory == null || Path.of(sourceDirectory).normalize().equals(conventional)) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (Files.isDirectory(root)) {
        options.add("--entities");
        options.add(root.toString());
      }
    }
    return options;
  }
}
