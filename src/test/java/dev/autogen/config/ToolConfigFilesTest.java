package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolConfigFilesTest {

  @TempDir Path project;

  @Test
  void aProjectWithoutTheToolsFilesNamesNoTable() {
    assertThat(ToolConfigFiles.tables(project)).isEmpty();
  }

  @Test
  void flywayConfInTheFolderAndInItsConfFolder() throws IOException {
    write("flyway.conf", "flyway.url=jdbc:postgresql://db/prod\nflyway.table = old_history \n");
    write("conf/flyway.conf", "flyway.table=conf_history\n");

    assertThat(ToolConfigFiles.tables(project))
        .extracting(Sourced::value)
        .containsExactly("old_history", "conf_history");
    assertThat(ToolConfigFiles.tables(project).get(0).source())
        .isEqualTo(project.resolve("flyway.conf") + " (flyway.table)");
  }

  @Test
  void flywayTomlItsEnvironmentsAndTheUsersFile() throws IOException {
    write(
        "flyway.toml",
        """
        databaseType = "PostgreSql"

        [environments.default]
        url = "jdbc:postgresql://localhost/app"

        [environments.prod.flyway]
        table = "prod_history"

        [flyway]
        locations = ["filesystem:migrations"]
        table = "toml_history"
        """);
    write("flyway.user.toml", "[flyway]\ntable = \"my_history\"\n");

    assertThat(ToolConfigFiles.tables(project))
        .extracting(Sourced::value)
        .containsExactly("toml_history", "prod_history", "my_history");
    assertThat(ToolConfigFiles.tables(project).get(1).source())
        .endsWith("flyway.toml ([environments.prod.flyway] table)");
  }

  @Test
  void liquibasePropertiesWithAndWithoutItsPrefix() throws IOException {
    write(
        "liquibase.properties",
        """
        changeLogFile=db/changelog/db.changelog-master.yaml
        databaseChangeLogTableName=lb_log
        liquibase.databaseChangeLogLockTableName=lb_lock
        """);

    assertThat(ToolConfigFiles.tables(project))
        .extracting(Sourced::value)
        .containsExactly("lb_log", "lb_lock");
  }

  @Test
  void aBlankOrMissingTableNamesNothing() throws IOException {
    write("flyway.conf", "flyway.table=\nflyway.locations=filesystem:sql\n");
    write("flyway.toml", "[flyway]\nlocations = [\"filesystem:sql\"]\n");

    assertThat(ToolConfigFiles.tables(project)).isEmpty();
  }

  @Test
  void aBrokenTomlFileIsAnErrorThatNamesIt() throws IOException {
    write("flyway.toml", "[flyway\ntable = \n");

    assertThatThrownBy(() -> ToolConfigFiles.tables(project))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read " + project.resolve("flyway.toml") + ": ")
        .hasMessageEndingWith("(TOML expected)");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
