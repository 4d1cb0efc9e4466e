package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds Java (or Kotlin) migrations in a project's Flyway locations: classes named like a migration
 * ({@code V3__Backfill}, {@code R__Refresh}). autogen replays the history from the project's files
 * without compiling or loading the project's code, so such a migration cannot run, and a replay
 * without it would describe a schema the project never has: it is refused by name instead.
 *
 * <p>A {@code classpath:} location is a resource folder and a package at once: besides {@code
 * src/main/resources/db/migration} the classes of {@code src/main/java/db/migration} (and {@code
 * src/main/kotlin/...}) are on it too.
 */
final class JavaMigrations {
  private static final Pattern NAME = Pattern.compile("^[VRU][0-9._]*__\\w+\\.(java|kt|class)$");
  private static final String RESOURCES = "src/main/resources";
  private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");

  private JavaMigrations() {}

  /** The first Java migration in {@code locations} or their source twins, if any. */
  static Optional<Path> first(List<Path> locations) throws IOException {
    for (Path location : locations) {
      for (Path folder : withSourceTwins(location)) {
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
          Optional<Path> found =
              walk.filter(Files::isRegularFile)
                  .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                  .sorted()
                  .findFirst();
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code location}, and when it lies under {@code src/main/resources} the same package path. */
  static List<Path> withSourceTwins(Path location) {
    List<Path> folders = new ArrayList<>(List.of(location));
    Path normalized = location.toAbsolutePath().normalize();
    Path resources = Path.of(RESOURCES);
    for (int i = 0; i + resources.getNameCount() <= normalized.getNameCount(); i++) {
      if (normalized.subpath(i, i + resources.getNameCount()).equals(resources)) {
        Path project =
            i == 0 ? normalized.getRoot() : normalized.getRoot().resolve(normalized.subpath(0, i));
        Path rest =
            i + resources.getNameCount() == normalized.getNameCount()
                ? Path.of("")
                : normalized.subpath(i + resources.getNameCount(), normalized.getNameCount());
        for (String root : SOURCE_ROOTS) {
          folders.add(project.resolve(root).resolve(rest));
        }
        break;
      }
    }
    return folders;
  }
}
