package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayToolConfigTest {

  @TempDir Path project;

  @Test
  void aProjectWithoutFlywaysFilesSaysNothing() {
    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.locations()).isEmpty();
    assertThat(config.replay()).isEmpty();
    assertThat(config.migrations(Optional.empty())).isEmpty();
    assertThat(config.folders(Optional.empty())).isEmpty();
  }

  @Test
  void flywayConfGivesLocationsAndReplaySettingsButNeverWhereFlywayConnects() throws IOException {
    write(
        "flyway.conf",
        """
        flyway.url=jdbc:postgresql://db.example/prod
        flyway.user=deploy
        flyway.password=secret
        flyway.cleanDisabled=false
        flyway.locations=filesystem:sql, filesystem:sql/{vendor}
        flyway.placeholders.owner=app_owner
        flyway.baselineVersion=3
        flyway.sqlMigrationPrefix=M
        """);

    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.replay())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "flyway.placeholders.owner", "app_owner",
                "flyway.baselineVersion", "3",
                "flyway.sqlMigrationPrefix", "M"));
    assertThat(config.migrations(Optional.of("jdbc:postgresql://localhost/dev")))
        .contains(
            new Sourced<>(
                project.resolve("sql").normalize(),
                project.resolve("flyway.conf") + " (flyway.locations)"));
    assertThat(config.folders(Optional.of("jdbc:mariadb://localhost/dev")))
        .containsExactly(project.resolve("sql"), project.resolve("sql/mariadb"));
  }

  @Test
  void theFolderFileWinsOverConfAndTomlOverBoth() throws IOException {
    write("conf/flyway.conf", "flyway.locations=filesystem:old\nflyway.placeholders.a=conf\n");
    write("flyway.conf", "flyway.placeholders.a=folder\nflyway.placeholders.b=folder\n");
    write(
        "flyway.toml",
        """
        [flyway]
        locations = ["filesystem:migrations"]
        baselineOnMigrate = true

        [flyway.placeholders]
        b = "toml"
        """);

    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.locations().map(Sourced::value)).contains(List.of("filesystem:migrations"));
    assertThat(config.locations().get().source())
        .isEqualTo(project.resolve("flyway.toml") + " ([flyway] locations)");
    assertThat(config.replay())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "flyway.placeholders.a", "folder",
                "flyway.placeholders.b", "toml",
                "flyway.baselineOnMigrate", "true"));
  }

  @Test
  void theSelectedEnvironmentOverridesFlywaysTableAndTheUsersFileOverridesTheProjects()
      throws IOException {
    write(
        "flyway.toml",
        """
        [environments.default]
        url = "jdbc:postgresql://db.example/prod"

        [environments.default.flyway]
        locations = ["filesystem:default_migrations"]

        [environments.ci.flyway]
        locations = ["filesystem:ci_migrations"]

        [environments.ci.flyway.placeholders]
        schema_owner = "ci"

        [flyway]
        environment = "ci"
        locations = ["filesystem:migrations"]
        initSql = ["SET lock_timeout = '5s'", "SET statement_timeout = '1min'"]
        """);
    write("flyway.user.toml", "[flyway.placeholders]\nschema_owner = \"me\"\n");

    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.migrations(Optional.empty()).map(Sourced::value))
        .contains(project.resolve("ci_migrations"));
    assertThat(config.replay())
        .containsEntry("flyway.placeholders.schema_owner", "me")
        .containsEntry("flyway.initSql", "SET lock_timeout = '5s',SET statement_timeout = '1min'")
        .doesNotContainKey("flyway.url")
        .doesNotContainKey("flyway.environment");
  }

  @Test
  void aVendorLocationWithoutAUrlAndABrokenFileAreErrorsThatNameTheirFile() throws IOException {
    write("flyway.conf", "flyway.locations=filesystem:sql/{vendor}\n");
    FlywayToolConfig config = FlywayToolConfig.read(project);
    assertThatThrownBy(() -> config.migrations(Optional.empty()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(project.resolve("flyway.conf") + " (flyway.locations): ");

    write("flyway.toml", "[flyway\nlocations = \n");
    assertThatThrownBy(() -> FlywayToolConfig.read(project))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read " + project.resolve("flyway.toml") + ": ");
  }

  @Test
  void theMavenPluginsSettingsWinAndItsConnectionIsNeverResolved() throws IOException {
    write("flyway.conf", "flyway.locations=filesystem:sql\nflyway.placeholders.owner=conf\n");
    write(
        "pom.xml",
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <artifactId>shop</artifactId>
          <properties>
            <migrations.dir>db/migration</migrations.dir>
            <flyway.placeholders.region>eu</flyway.placeholders.region>
            <flyway.user>${env.NOT_A_POM_PROPERTY}</flyway.user>
          </properties>
          <build>
            <plugins>
              <plugin>
                <groupId>org.flywaydb</groupId>
                <artifactId>flyway-maven-plugin</artifactId>
                <configuration>
                  <url>${env.DATABASE_URL}</url>
                  <password>${env.DATABASE_PASSWORD}</password>
                  <locations>
                    <location>filesystem:${project.basedir}/src/main/${migrations.dir}</location>
                    <location>classpath:db/seed</location>
                  </locations>
                  <placeholders>
                    <owner>app_owner</owner>
                  </placeholders>
                  <table>legacy_history</table>
                  <baselineVersion>2</baselineVersion>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """);

    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.migrations(Optional.empty()).map(Sourced::value))
        .contains(project.toAbsolutePath().resolve("src/main/db/migration").normalize());
    assertThat(config.folders(Optional.empty()))
        .containsExactly(
            project.toAbsolutePath().resolve("src/main/db/migration").normalize(),
            project.resolve("src/main/resources/db/seed").normalize());
    assertThat(config.locations().get().source())
        .endsWith("pom.xml (flyway-maven-plugin locations)");
    assertThat(config.replay())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "flyway.placeholders.owner", "app_owner",
                "flyway.placeholders.region", "eu",
                "flyway.baselineVersion", "2"));
    assertThat(ToolConfigFiles.tables(project))
        .extracting(Sourced::value)
        .containsExactly("legacy_history");
  }

  /** A parent's property the pom lacks: that setting is left out with a note, the rest read. */
  @Test
  void aMavenSettingNamingAPropertyThePomLacksIsANoteNotAStop() throws IOException {
    write(
        "pom.xml",
        """
        <project>
          <build><plugins><plugin>
            <artifactId>flyway-maven-plugin</artifactId>
            <configuration>
              <locations><location>filesystem:${migrations}</location></locations>
              <placeholders><owner>app</owner></placeholders>
            </configuration>
          </plugin></plugins></build>
        </project>
        """);

    FlywayToolConfig config = FlywayToolConfig.read(project);

    assertThat(config.locations()).isEmpty();
    assertThat(config.replay()).containsExactly(Map.entry("flyway.placeholders.owner", "app"));
    assertThat(config.notes())
        .containsExactly(
            project.resolve("pom.xml")
                + ": flyway-maven-plugin <locations> uses ${migrations}, which is no property of"
                + " the pom; autogen does not follow it (give the value in autogen.properties:"
                + " flyway.* keys, or migrations=)");
  }

  @Test
  void aPomWithADocumentTypeIsRefusedNotFetched() throws IOException {
    write(
        "pom.xml",
        """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <project><build><plugins><plugin><artifactId>flyway-maven-plugin</artifactId>
        <configuration><table>&x;</table></configuration></plugin></plugins></build></project>
        """);

    assertThatThrownBy(() -> FlywayToolConfig.read(project))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read " + project.resolve("pom.xml") + ": ")
        .hasMessageNotContaining("root:");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
