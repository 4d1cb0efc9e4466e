package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versions taken in the migration folders, to find the file a new migration's version would
 * collide with. The dev database replays the migrations and deferred folders together, and Flyway
 * refuses two migrations (or two undo scripts) with one version, so a version is taken once across
 * the three folders.
 */
public final class MigrationVersions {

  private final Map<String, List<Path>> taken;

  private MigrationVersions(Map<String, List<Path>> taken) {
    this.taken = taken;
  }

  /** Reads the names of the {@code .sql} files under {@code folders} (those that exist). */
  public static MigrationVersions of(List<Path> folders) throws IOException {
    Map<String, List<Path>> taken = new HashMap<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          key(p.getFileName().toString())
              .ifPresent(k -> taken.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
      }
    }
    return new MigrationVersions(taken);
  }

  /**
   * An existing file with the same prefix letter ({@code V} or {@code U}) and the same version as
   * {@code target}'s name; {@code source}, the file being renamed to {@code target}, does not
   * count. Empty for names that carry no version.
   */
  public Optional<Path> clash(Path target, Optional<Path> source) {
    Optional<Path> skip = source.map(p -> p.toAbsolutePath().normalize());
    return key(target.getFileName().toString())
        .flatMap(
            k ->
                taken.getOrDefault(k, List.of()).stream()
                    .filter(
                        p -> skip.isEmpty() || !p.toAbsolutePath().normalize().equals(skip.get()))
                    .findFirst());
  }

  /** {@code V1.2} for {@code V1_2__x.sql}: the kind and the version in its compared form. */
  private static Optional<String> key(String name) {
    return MigrationVersion.writtenIn(name, 'V')
        .or(() -> MigrationVersion.writtenIn(name, 'U'))
        .flatMap(MigrationVersion::parse)
        .map(v -> name.charAt(0) + v.parts().toString());
  }
}
