package dev.autogen.config;

import dev.autogen.devdb.FlywayReplay;
import dev.autogen.devdb.HistoryReplay;
import dev.autogen.devdb.LiquibaseReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses how the dev database is brought to the project's current state: the real Liquibase's
 * update of the master changelog for a Liquibase project (its changelogs, and those autogen wrote
 * and included), else the real Flyway over the project's migration folders and then autogen's
 * deferred folder, so a step already generated is not generated twice.
 */
public final class ProjectHistory {
  private static final Path RESOURCES = SpringEnvironment.RESOURCES;

  private ProjectHistory() {}

  /**
   * @param spring the project's Spring Boot configuration
   * @param url the JDBC URL autogen uses, for a {@code {vendor}} location
   * @param migrations autogen's migrations folder (where it writes)
   * @param deferred autogen's deferred folder
   * @param flyway the Flyway configuration the replay follows ({@code flyway.*}), gathered from
   *     Flyway's own files, Spring's and autogen's
   * @param flywayFiles Flyway's own files, whose locations count where Spring names none
   * @param changeLog the master changelog of a Liquibase project (autogen's {@code changelog}
   *     setting, present when the format is Liquibase)
   * @param filter the contexts and labels a Liquibase replay runs
   */
  public static HistoryReplay replay(
      SpringBootConfig spring,
      Optional<String> url,
      Path migrations,
      Path deferred,
      Map<String, String> flyway,
      FlywayToolConfig flywayFiles,
      Optional<Path> changeLog,
      LiquibaseFilter filter) {
    if (changeLog.isPresent()) {
      // autogen writes changelogs included from the master for such a project: Liquibase alone
      return liquibase(spring, changeLog.get().toAbsolutePath().normalize().toString(), filter);
    }
    List<Path> locations = new ArrayList<>(List.of(migrations));
    List<Path> configured = spring.flywayFolders(url);
    if (configured.isEmpty()) {
      configured = flywayFiles.folders(url);
    }
    if (!configured.isEmpty() && same(configured.get(0), migrations)) {
      configured.stream().skip(1).forEach(locations::add);
    }
    return new FlywayReplay(locations, List.of(deferred), flyway);
  }

  private static LiquibaseReplay liquibase(
      SpringBootConfig spring, String changeLog, LiquibaseFilter filter) {
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
      // a file under the resources is recorded by Liquibase as the application sees it there,
      // and its includes name files from there too: the resources of the module that holds it,
      // the project's or, in a multi-module build, a module's (Keycloak's are in model/jpa)
      root = classpathRoot(file);
      path = root.relativize(file).toString().replace('\\', '/');
    }
    return new LiquibaseReplay(
        root, path, spring.liquibaseParameters(), filter.contexts(), filter.labels());
  }

  /** The nearest {@code src/main/resources} holding {@code file}, else the file's folder. */
  private static Path classpathRoot(Path file) {
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (p.endsWith(RESOURCES)) {
        return p;
      }
    }
    return file.getParent();
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
