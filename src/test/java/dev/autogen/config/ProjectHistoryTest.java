package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.LiquibaseReplay;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the replay of a Liquibase change log finds the files it includes. */
class ProjectHistoryTest {

  @TempDir Path project;

  @Test
  void aChangeLogInTheProjectsResourcesIsReadFromThere() {
    LiquibaseReplay replay = replay("src/main/resources/db/changelog/master.xml");

    assertThat(replay.searchRoot()).isEqualTo(project.resolve("src/main/resources"));
    assertThat(replay.changeLog()).isEqualTo("db/changelog/master.xml");
  }

  /**
   * A multi-module build (Keycloak's model/jpa) includes {@code META-INF/...} from the classpath of
   * the module holding the master, not from the change log's folder nor from the project's.
   */
  @Test
  void aChangeLogInAModulesResourcesIsReadFromTheModulesResources() {
    LiquibaseReplay replay = replay("model/jpa/src/main/resources/META-INF/changelog-master.xml");

    assertThat(replay.searchRoot()).isEqualTo(project.resolve("model/jpa/src/main/resources"));
    assertThat(replay.changeLog()).isEqualTo("META-INF/changelog-master.xml");
  }

  @Test
  void aChangeLogOutsideAnyResourcesIsReadFromItsFolder() {
    LiquibaseReplay replay = replay("db/changelog/master.yaml");

    assertThat(replay.searchRoot()).isEqualTo(project.resolve("db/changelog"));
    assertThat(replay.changeLog()).isEqualTo("master.yaml");
  }

  private LiquibaseReplay replay(String changeLog) {
    SpringBootConfig spring = SpringBootConfig.read(project, List.of(), name -> null);
    return ProjectHistory.replay(
            spring,
            Optional.empty(),
            project.resolve("db/migration"),
            project.resolve("db/deferred"),
            Map.of(),
            FlywayToolConfig.read(project),
            Optional.of(project.resolve(changeLog)),
            new LiquibaseFilter("", ""))
        .liquibase()
        .orElseThrow();
  }
}
