package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.entities.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringBootConfigTest {
  @TempDir Path project;

  private SpringBootConfig read(String... profiles) {
    return read(Map.of(), profiles);
  }

  private SpringBootConfig read(Map<String, String> env, String... profiles) {
    return SpringBootConfig.read(project, List.of(profiles), env::get);
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aProjectWithoutSpringBootTellsNothing() throws IOException {
    write("pom.xml", "<project><artifactId>plain</artifactId></project>");
    write("src/main/resources/application.properties", "app.name=x\n");
    SpringBootConfig c = read();
    assertThat(c.isSpringBoot()).isFalse();
    assertThat(c.naming()).isEmpty();
    assertThat(c.url()).isEmpty();
  }

  @Test
  void theBuildFileOrSpringKeysMakeASpringBootProject() throws IOException {
    write("build.gradle.kts", "plugins { id(\"org.springframework.boot\") version \"3.5.0\" }");
    assertThat(read().detectedBy()).contains("build.gradle.kts uses Spring Boot");
    Files.delete(project.resolve("build.gradle.kts"));
    write("src/main/resources/application.yml", "spring:\n  application:\n    name: x\n");
    assertThat(read().detectedBy())
        .contains("src/main/resources/application.yml set spring.* properties");
  }

  @Test
  void propertiesFileGivesTheDatasourceAndSpringsDefaultNaming() throws IOException {
    write("pom.xml", "<parent><artifactId>spring-boot-starter-parent</artifactId></parent>");
    write(
        "src/main/resources/application.properties",
        "spring.datasource.url=jdbc:postgresql://db/app\n"
            + "spring.datasource.username=app\n"
            + "spring.datasource.password=secret\n");
    SpringBootConfig c = read();
    assertThat(c.url())
        .contains(
            new Sourced<>(
                "jdbc:postgresql://db/app",
                "src/main/resources/application.properties (spring.datasource.url)"));
    assertThat(c.user().map(Sourced::value)).contains("app");
    assertThat(c.password().map(Sourced::value)).contains("secret");
    assertThat(c.naming().map(Sourced::value)).contains(NamingStrategy.SPRING);
    assertThat(c.naming().get().source()).contains("Spring Boot's default");
    assertThat(c.globallyQuotedIdentifiers()).isEmpty();
    assertThat(c.migrations(c.url().map(Sourced::value))).isEmpty();
  }

  /** Spring PetClinic's setting: Hibernate 7's own name for the snake-case strategy. */
  @Test
  void hibernates7SnakeCaseStrategyIsSpringsNaming() throws IOException {
    write("pom.xml", "<parent><artifactId>spring-boot-starter-parent</artifactId></parent>");
    write(
        "src/main/resources/application.properties",
        "spring.jpa.hibernate.naming.physical-strategy="
            + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl\n");
    SpringBootConfig c = read();
    assertThat(c.naming().map(Sourced::value)).contains(NamingStrategy.SPRING);
    assertThat(c.naming().get().source())
        .isEqualTo(
            "src/main/resources/application.properties"
                + " (spring.jpa.hibernate.naming.physical-strategy)");
  }

  /** Hibernate's JPA-compliant implicit strategy set as well: Hibernate's naming throughout. */
  @Test
  void theStandardStrategyWithHibernatesImplicitOneIsJpaNaming() throws IOException {
    write("pom.xml", "<parent><artifactId>spring-boot-starter-parent</artifactId></parent>");
    write(
        "src/main/resources/application.properties",
        "spring.jpa.hibernate.naming.physical-strategy="
            + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n"
            + "spring.jpa.hibernate.naming.implicit-strategy="
            + "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl\n");
    assertThat(read().naming().map(Sourced::value)).contains(NamingStrategy.JPA);
  }

  @Test
  void yamlIsReadWithNestedAndDottedKeysListsAndRelaxedNames() throws IOException {
    write(
        "src/main/resources/application.yml",
        """
        spring:
          datasource.url: jdbc:postgresql://db/app
          jpa:
            hibernate:
              naming:
                physicalStrategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                implicit-strategy: org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy
            properties:
              hibernate:
                globally_quoted_identifiers: true
          flyway:
            locations:
              - filesystem:db/{vendor}
              - classpath:db/other
            placeholders:
              owner: app_owner
              "[table.prefix]": t_
          liquibase:
            change-log: classpath:db/changelog/master.yaml
        """);
    SpringBootConfig c = read();
    assertThat(c.url().map(Sourced::value)).contains("jdbc:postgresql://db/app");
    // names as written, but Spring's implicit strategy still names the join tables
    assertThat(c.naming().map(Sourced::value)).contains(NamingStrategy.SPRING_STANDARD);
    assertThat(c.naming().get().source())
        .isEqualTo(
            "src/main/resources/application.yml (spring.jpa.hibernate.naming.physical-strategy)");
    assertThat(c.implicitNaming().map(Sourced::value)).get().asString().endsWith("Strategy");
    assertThat(c.globallyQuotedIdentifiers().map(Sourced::value)).contains(true);
    assertThat(c.migrations(c.url().map(Sourced::value)).map(Sourced::value))
        .contains(project.resolve("db/postgresql"));
    assertThat(c.flywayPlaceholders())
        .containsEntry("owner", "app_owner")
        .containsEntry("table.prefix", "t_");
    assertThat(c.liquibaseChangeLog().map(Sourced::value))
        .contains("classpath:db/changelog/master.yaml");
    assertThat(c.liquibaseMaster().map(Sourced::value))
        .contains("classpath:db/changelog/master.yaml");
    assertThat(c.notes())
        .noneMatch(n -> n.contains("Liquibase"))
        .anyMatch(
            n ->
                n.contains(
                    "lists 2 locations; autogen replays them all and writes into the first"));
    assertThat(c.flywayFolders(c.url().map(Sourced::value))).hasSize(2);
    assertThat(c.flywayConfiguration())
        .containsEntry("flyway.placeholders.owner", "app_owner")
        .containsEntry("flyway.placeholders.table.prefix", "t_");
  }

  @Test
  void classpathLocationsAreUnderTheResources() throws IOException {
    write("src/main/resources/application.properties", "spring.flyway.locations=classpath:/db/m\n");
    SpringBootConfig c = read();
    assertThat(c.migrations(java.util.Optional.empty()).map(Sourced::value))
        .contains(project.resolve("src/main/resources/db/m"));
  }

  @Test
  void placeholdersResolveFromTheEnvironmentThenTheirDefault() throws IOException {
    write(
        "src/main/resources/application.yml",
        """
        spring:
          datasource:
            url: jdbc:postgresql://${DB_HOST:localhost}:${db.port:5432}/${DB_NAME}
            username: ${DB_USER:${USER_FALLBACK:app}}
            password: ${DB_PASSWORD}
        db:
          port: 6543
        """);
    SpringBootConfig c = read(Map.of("DB_NAME", "shop", "USER_FALLBACK", "fallback"));
    assertThat(c.url().map(Sourced::value)).contains("jdbc:postgresql://localhost:6543/shop");
    assertThat(c.user().map(Sourced::value)).contains("fallback");
    assertThatThrownBy(c::password)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("spring.datasource.password")
        .hasMessageContaining("${DB_PASSWORD} has no value");
    SpringBootConfig fromEnv =
        read(Map.of("DB_NAME", "shop", "DB_HOST", "prod", "DB_PORT", "1", "DB_PASSWORD", "p"));
    assertThat(fromEnv.url().map(Sourced::value)).contains("jdbc:postgresql://prod:1/shop");
    assertThat(fromEnv.password().map(Sourced::value)).contains("p");
  }

  @Test
  void urlsOfDatabasesAutogenCannotReadAreLeftOutWithANote() throws IOException {
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:h2:mem:x\n");
    SpringBootConfig c = read();
    assertThat(c.url()).isEmpty();
    assertThat(c.notes())
        .containsExactly(
            "src/main/resources/application.properties (spring.datasource.url) is not a database"
                + " autogen reads (PostgreSQL, MySQL, MariaDB); it is left out");
  }

  @Test
  void springsOwnEnvironmentVariablesOverrideTheFiles() throws IOException {
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:h2:mem:x\n");
    SpringBootConfig c = read(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://ci/db"));
    assertThat(c.url())
        .contains(new Sourced<>("jdbc:postgresql://ci/db", "environment SPRING_DATASOURCE_URL"));
  }

  @Test
  void profilesOverrideTheBaseFileInOrder() throws IOException {
    write(
        "src/main/resources/application.yml",
        """
        spring:
          profiles:
            active: dev
          datasource:
            url: jdbc:postgresql://base/db
            username: base
        ---
        spring:
          config:
            activate:
              on-profile: ci
          datasource:
            username: ci-doc
        """);
    write(
        "src/main/resources/application-dev.properties",
        "spring.datasource.url=jdbc:postgresql://dev/db\n");
    write(
        "src/main/resources/application-ci.yaml", "spring.datasource.url: jdbc:postgresql://ci/db");

    SpringBootConfig active = read();
    assertThat(active.profiles()).containsExactly("dev");
    assertThat(active.url().map(Sourced::source))
        .contains("src/main/resources/application-dev.properties (spring.datasource.url)");
    assertThat(active.user().map(Sourced::value)).contains("base");

    SpringBootConfig ci = read("ci");
    assertThat(ci.url().map(Sourced::value)).contains("jdbc:postgresql://ci/db");
    assertThat(ci.user().map(Sourced::value)).contains("ci-doc");

    SpringBootConfig both = read("ci", "dev");
    assertThat(both.url().map(Sourced::value))
        .as("the later profile wins")
        .contains("jdbc:postgresql://dev/db");

    SpringBootConfig fromEnv = read(Map.of("SPRING_PROFILES_ACTIVE", "ci"));
    assertThat(fromEnv.profiles()).containsExactly("ci");
  }

  @Test
  void propertiesWinOverYamlAndConfigFolderOverTheRoot() throws IOException {
    write("src/main/resources/application.yml", "spring.datasource.username: yaml");
    write("src/main/resources/application.properties", "spring.datasource.username=props\n");
    assertThat(read().user().map(Sourced::value)).contains("props");
    write("src/main/resources/config/application.yml", "spring.datasource.username: config");
    assertThat(read().user().map(Sourced::value)).contains("config");
  }

  @Test
  void multiDocumentPropertiesFiles() throws IOException {
    write(
        "src/main/resources/application.properties",
        "spring.datasource.username=base\n#---\nspring.config.activate.on-profile=test\n"
            + "spring.datasource.username=test\n");
    assertThat(read().user().map(Sourced::value)).contains("base");
    assertThat(read("test").user().map(Sourced::value)).contains("test");
  }

  @Test
  void unknownStrategiesAndBadFilesAreErrorsNamingTheFile() throws IOException {
    write(
        "src/main/resources/application.properties",
        "spring.jpa.hibernate.naming.physical-strategy=com.acme.Mine\n"
            + "spring.jpa.properties.hibernate.globally_quoted_identifiers=yes\n");
    SpringBootConfig c = read();
    assertThatThrownBy(c::naming)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("com.acme.Mine")
        .hasMessageContaining("application.properties");
    assertThatThrownBy(c::globallyQuotedIdentifiers).hasMessageContaining("true or false");
    write("src/main/resources/application.yml", "spring: [unclosed");
    assertThatThrownBy(this::read)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("application.yml");
  }

  private static final String BOOT_POM =
      """
      <project>
        <parent><artifactId>spring-boot-starter-parent</artifactId></parent>
        <dependencies>%s</dependencies>
        <build><plugins>%s</plugins></build>
      </project>
      """;

  private static String dependency(String artifact) {
    return "<dependency><artifactId>" + artifact + "</artifactId></dependency>";
  }

  @Test
  void liquibaseInTheBuildMeansSpringBootsDefaultChangeLog() throws IOException {
    write("pom.xml", BOOT_POM.formatted(dependency("liquibase-core"), ""));
    SpringBootConfig c = read();
    assertThat(c.liquibaseChangeLog()).as("nothing configured").isEmpty();
    assertThat(c.liquibaseMaster().map(Sourced::value))
        .contains("classpath:/db/changelog/db.changelog-master.yaml");
    assertThat(c.liquibaseMaster().get().source())
        .contains("Spring Boot's default change log")
        .contains("the build file uses Liquibase");
    assertThat(c.liquibaseChangeLogFile().map(Sourced::value))
        .contains(project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"));
  }

  @Test
  void aConfiguredChangeLogWinsOverSpringBootsDefault() throws IOException {
    write("pom.xml", BOOT_POM.formatted(dependency("liquibase-core"), ""));
    write(
        "src/main/resources/application.properties",
        "spring.liquibase.change-log=classpath:db/master.xml\n");
    assertThat(read().liquibaseChangeLogFile().map(Sourced::value))
        .contains(project.resolve("src/main/resources/db/master.xml"));
  }

  @Test
  void aLiquibasePluginAloneIsNotTheApplicationsLiquibase() throws IOException {
    write(
        "pom.xml",
        BOOT_POM.formatted("", "<plugin><artifactId>liquibase-maven-plugin</artifactId></plugin>"));
    assertThat(read().liquibaseMaster()).isEmpty();
  }

  @Test
  void withBothToolsInTheBuildTheDefaultChangeLogCountsOnlyWhenItExists() throws IOException {
    write(
        "pom.xml",
        BOOT_POM.formatted(dependency("flyway-core") + dependency("liquibase-core"), ""));
    assertThat(read().liquibaseMaster()).isEmpty();
    write("src/main/resources/db/changelog/db.changelog-master.yaml", "databaseChangeLog: []\n");
    assertThat(read().liquibaseMaster()).isPresent();
  }

  @Test
  void flywayInTheBuildMeansSpringBootsDefaultLocation() throws IOException {
    write(
        "build.gradle.kts",
        """
        plugins { id("org.springframework.boot") version "3.5.0" }
        dependencies { implementation("org.flywaydb:flyway-core") }
        """);
    SpringBootConfig c = read();
    assertThat(c.migrations(java.util.Optional.empty()).map(Sourced::value))
        .contains(project.resolve("src/main/resources/db/migration"));
    assertThat(c.migrations(java.util.Optional.empty()).get().source())
        .isEqualTo(
            "Spring Boot's default location classpath:db/migration (the build file uses Flyway)");
    assertThat(c.liquibaseMaster()).isEmpty();
  }
}
