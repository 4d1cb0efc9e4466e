package dev.autogen.config;

import dev.autogen.devdb.FlywayReplay;
import dev.autogen.devdb.HistoryReplay;
import dev.autogen.devdb.LiquibaseReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses how the dev database is brought to the project's current state: the real Liquibase when
 * the project has a master changelog (autogen's {@code change-log}, else {@code
 * spring.liquibase.change-log} or Spring Boot's default one), else the real Flyway over the
 * project's migration folders. autogen's own deferred folder is replayed by Flyway after either,
 * and so is its migrations folder after a changelog (autogen writes Flyway-style files until it
 * writes changelogs), so a step already generated is not generated twice.
 */
public final class ProjectHistory {
  private static final Path RESOURCES = SpringEnvironment.RESOURCES;

  private ProjectHistory() {}

  /**
   * @param spring the project's Spring Boot configuration
   * @param url the JDBC URL autogen uses, for a {@code {vendor}} location
   * @param migrations autogen's migrations folder (where it writes)
   * @param deferred autogen's deferred folder
   * @param flyway Flyway configuration keys from autogen's own configuration ({@code flyway.*}),
   *     which win over Spring's
   * @param changeLog a master changelog named in autogen's configuration, relative to the project
   */
  public static HistoryReplay replay(
      SpringBootConfig spring,
      Optional<String> url,
      Path migrations,
      Path deferred,
      Map<String, String> flyway,
      Optional<String> changeLog) {
    Map<String, String> configuration = new LinkedHashMap<>(spring.flywayConfiguration());
    configuration.putAll(flyway);
    Optional<String> master = changeLog.or(() -> spring.liquibaseMaster().map(Sourced::value));
    if (master.isPresent()) {
      // the changelog made the schema; autogen's Flyway-style files come after it, on top
      configuration.putIfAbsent("flyway.baselineOnMigrate", "true");
      configuration.putIfAbsent("flyway.baselineVersion", "0");
      return liquibase(spring, master.get())
          .then(new FlywayReplay(List.of(migrations), List.of(deferred), configuration));
    }
    List<Path> locations = new ArrayList<>(List.of(migrations));
    List<Path> springFolders = spring.flywayFolders(url);
    if (!springFolders.isEmpty() && same(springFolders.get(0), migrations)) {
      springFolders.stream().skip(1).forEach(locations::add);
    }
    return new FlywayReplay(locations, List.of(deferred), configuration);
  }

  private static LiquibaseReplay liquibase(SpringBootConfig spring, String changeLog) {
    Path project = spring.project().toAbsolutePath();
    Path resources = project.resolve(RESOURCES);
    String location = changeLog.strip();
    Path root;
    String path;
    if (location.startsWith("classpath:")) {
      root = resources;
      path = withoutLeadingSlashes(location.substring("classpath:".length()));
    } else {
      Path file =
          project
              .resolve(location.startsWith("file:") ? location.substring(5) : location)
              .normalize();
      // a file under the resources is recorded by Liquibase as the application sees it there
      root = file.startsWith(resources.normalize()) ? resources.normalize() : file.getParent();
      path = root.relativize(file).toString().replace('\\', '/');
    }
    return new LiquibaseReplay(
        root,
        path,
        spring.liquibaseParameters(),
        spring.liquibaseContexts(),
        spring.liquibaseLabels());
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
        || (Files.exists(a) && Files.exists(b) && isSameFile(a, b));
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String withoutLeadingSlashes(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p;
  }
}
