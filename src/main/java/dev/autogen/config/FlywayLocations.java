package dev.autogen.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder a Flyway location names in a project's sources: {@code classpath:db/migration} is
 * {@code src/main/resources/db/migration} (as is a location without a prefix), {@code filesystem:x}
 * is {@code x} in the project folder, {@code {vendor}} is the database the JDBC URL names ({@code
 * postgresql}, {@code mysql}, {@code mariadb}). Of several locations the first.
 */
final class FlywayLocations {
  private FlywayLocations() {}

  /**
   * @param locations a non-empty {@code spring.flyway.locations}
   * @throws ConfigException when the location names {@code {vendor}} and no URL tells it
   */
  static Sourced<Path> folder(Path project, Sourced<List<String>> locations, Optional<String> url) {
    return new Sourced<>(
        folder(project, locations.value().get(0), locations.source(), url), locations.source());
  }

  /** Every location's folder, in the order given. */
  static List<Path> folders(Path project, Sourced<List<String>> locations, Optional<String> url) {
    return locations.value().stream()
        .map(l -> folder(project, l, locations.source(), url))
        .toList();
  }

  private static Path folder(Path project, String first, String source, Optional<String> url) {
    String location = first;
    if (first.contains("{vendor}")) {
      String vendor =
          url.filter(u -> u.startsWith("jdbc:"))
              .map(u -> u.substring(5, Math.max(5, u.indexOf(':', 5))))
              .filter(v -> !v.isEmpty())
              .orElseThrow(
                  () ->
                      new ConfigException(
                          source
                              + ": "
                              + first
                              + " names {vendor}, and no JDBC URL tells which; set migrations= in"
                              + " autogen.properties (or --migrations)"));
      location = first.replace("{vendor}", vendor);
    }
    Path folder;
    if (location.startsWith("filesystem:")) {
      folder = project.resolve(location.substring("filesystem:".length()).strip());
    } else {
      String path = location.startsWith("classpath:") ? location.substring(10) : location;
      folder = project.resolve(SpringEnvironment.RESOURCES).resolve(withoutLeadingSlashes(path));
    }
    return folder.normalize();
  }

  private static String withoutLeadingSlashes(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.isEmpty() ? "." : p;
  }
}
