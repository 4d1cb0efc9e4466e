package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.config.LiquibaseFilter;
import dev.autogen.entities.NamingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsResolverTest {

  @TempDir Path dir;

  private static CommonOptions parse(String... args) {
    CommonOptions o = new CommonOptions();
    new CommandLine(o).parseArgs(args);
    return o;
  }

  @Test
  void defaultsFollowTheMavenLayout() {
    Settings s = new SettingsResolver(k -> null).resolve(parse("--config", writeConfig("")));
    assertThat(s.url()).isEmpty();
    assertThat(s.schema()).as("the database's own default").isEmpty();
    assertThat(s.naming()).isEqualTo(NamingStrategy.JPA);
    assertThat(s.migrations()).isEqualTo(Path.of("src/main/resources/db/migration"));
    assertThat(s.deferred()).isEqualTo(Path.of("src/main/resources/db/deferred").toAbsolutePath());
    assertThat(s.rollback()).isEqualTo(Path.of("src/main/resources/db/rollback").toAbsolutePath());
    assertThat(s.entities()).containsExactly(Path.of("src/main/java"));
  }

  @Test
  void optionBeatsEnvironmentBeatsConfigFile() {
    String config =
        writeConfig(
            "url=jdbc:postgresql://file/db\nuser=fileuser\nschema=app\nentities=src/a, src/b\nnaming=spring\n");
    Map<String, String> env =
        Map.of("AUTOGEN_URL", "jdbc:postgresql://env/db", "AUTOGEN_USER", "envuser");
    Settings fromEnv = new SettingsResolver(env::get).resolve(parse("--config", config));
    assertThat(fromEnv.url()).contains("jdbc:postgresql://env/db");
    assertThat(fromEnv.user()).contains("envuser");
    assertThat(fromEnv.schema()).isEqualTo("app");
    assertThat(fromEnv.naming()).isEqualTo(NamingStrategy.SPRING);
    assertThat(fromEnv.entities()).containsExactly(dir.resolve("src/a"), dir.resolve("src/b"));

    Settings fromOption =
        new SettingsResolver(env::get)
            .resolve(parse("--config", config, "--url", "jdbc:postgresql://opt/db"));
    assertThat(fromOption.url()).contains("jdbc:postgresql://opt/db");
  }

  @Test
  void configPathsAreRelativeToTheConfigFile() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config",
                    writeConfig("migrations=db/migration\nbackfill=users.tier='basic'\n")));
    assertThat(s.migrations()).isEqualTo(dir.resolve("db/migration"));
    assertThat(s.deferred()).isEqualTo(dir.resolve("db/deferred"));
    assertThat(s.backfills()).containsEntry("users.tier", "'basic'");
  }

  @Test
  void everyDocumentedKeyIsReadFromTheConfigFile() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config",
                    writeConfig("globally-quoted-identifiers=true\nhistory-base=release-1\n")));
    assertThat(s.globallyQuotedIdentifiers()).isTrue();
    assertThat(s.historyBase()).contains("release-1");
    Settings fromOption =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config", writeConfig("history-base=release-1\n"), "--history-base", "main"));
    assertThat(fromOption.historyBase()).contains("main");
  }

  @Test
  void springStandardNamingIsAWordOfItsOwn() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(parse("--config", writeConfig(""), "--naming", "spring-standard"));
    assertThat(s.naming()).isEqualTo(NamingStrategy.SPRING_STANDARD);
    assertThat(s.origins().get("naming").value()).isEqualTo("spring-standard");
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig(""), "--naming", "snake")))
        .isInstanceOf(UserError.class)
        .hasMessage("unknown --naming 'snake' (use jpa, spring or spring-standard)");
  }

  @Test
  void unknownKeysAndValuesAreUsageErrors() {
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig("migration=x\n"))))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("unknown key 'migration'");
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig(""), "--naming", "camel")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--naming");
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", dir.resolve("none.properties").toString())))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("does not exist");
  }

  private Path springProject(String applicationYml) throws java.io.IOException {
    Path app = dir.resolve("app");
    Files.createDirectories(app.resolve("src/main/resources"));
    Files.writeString(
        app.resolve("pom.xml"),
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent></project>");
    Files.writeString(app.resolve("src/main/resources/application.yml"), applicationYml);
    return app;
  }

  private static final String APPLICATION_YML =
      """
      spring:
        datasource:
          url: ${APP_DB_URL:jdbc:postgresql://localhost/app}
          username: app
          password: ${APP_DB_PASSWORD:dev}
        flyway:
          locations: filesystem:db/mig
          placeholders:
            owner: app_owner
      """;

  @Test
  void aSpringBootProjectNeedsNoAutogenSettings() throws java.io.IOException {
    Path app = springProject(APPLICATION_YML);
    Settings s =
        new SettingsResolver(Map.of("APP_DB_PASSWORD", "pw")::get, app)
            .resolve(parse("--config", writeConfig("")));
    assertThat(s.url()).contains("jdbc:postgresql://localhost/app");
    assertThat(s.user()).contains("app");
    assertThat(s.password()).contains("pw");
    assertThat(s.naming())
        .as("Spring Boot's default physical naming")
        .isEqualTo(NamingStrategy.SPRING);
    assertThat(s.migrations()).isEqualTo(app.resolve("db/mig"));
    assertThat(s.deferred()).isEqualTo(app.resolve("db/deferred").toAbsolutePath());
    assertThat(s.entities()).containsExactly(app.resolve("src/main/java"));
    assertThat(s.spring().flywayPlaceholders()).containsEntry("owner", "app_owner");
    assertThat(s.origins().get("url").source())
        .isEqualTo("src/main/resources/application.yml (spring.datasource.url)");
    assertThat(s.origins().get("password").value()).isEqualTo("****");
    assertThat(s.origins().get("naming").source()).contains("Spring Boot's default");
    assertThat(s.origins().get("migrations").source()).contains("spring.flyway.locations");
  }

  @Test
  void aSpringBootProjectWithLiquibaseGetsChangelogsIncludedFromItsMaster()
      throws java.io.IOException {
    Path app =
        springProject(
            """
            spring:
              liquibase:
                change-log: classpath:db/changelog/master.xml
            """);
    Settings s = new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig("")));
    assertThat(s.format()).isEqualTo(MigrationFormat.LIQUIBASE);
    assertThat(s.changelog()).contains(app.resolve("src/main/resources/db/changelog/master.xml"));
    assertThat(s.migrations())
        .as("new changelogs go beside the master")
        .isEqualTo(app.resolve("src/main/resources/db/changelog").toAbsolutePath());
    assertThat(s.origins().get("changelog").source()).contains("spring.liquibase.change-log");
  }

  @Test
  void liquibaseContextsAndLabelsComeFromTheOptionTheConfigSpringThenLiquibaseProperties()
      throws java.io.IOException {
    Path app =
        springProject(
            """
            spring:
              liquibase:
                change-log: classpath:db/changelog/master.xml
                contexts: prod, eu
            """);
    Files.writeString(
        app.resolve("liquibase.properties"),
        "contexts=test\nliquibase.command.labelFilter=!slow\n");

    Settings s = new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig("")));
    assertThat(s.liquibaseFilter()).isEqualTo(new LiquibaseFilter("prod,eu", "!slow"));
    assertThat(s.origins().get("liquibase-contexts").source())
        .contains("spring.liquibase.contexts");
    assertThat(s.origins().get("liquibase-label-filter").source())
        .contains("liquibase.properties (liquibase.command.labelFilter)");

    Settings configured =
        new SettingsResolver(k -> null, app)
            .resolve(parse("--config", writeConfig("liquibase-contexts=staging\n")));
    assertThat(configured.liquibaseFilter().contexts()).isEqualTo("staging");

    Settings given =
        new SettingsResolver(k -> null, app)
            .resolve(
                parse(
                    "--config",
                    writeConfig("liquibase-contexts=staging\n"),
                    "--liquibase-contexts",
                    "dev",
                    "--liquibase-label-filter",
                    "fast"));
    assertThat(given.liquibaseFilter()).isEqualTo(new LiquibaseFilter("dev", "fast"));
  }

  @Test
  void aSpringBootProjectWithLiquibaseInItsBuildUsesSpringBootsDefaultChangeLog()
      throws java.io.IOException {
    Path app = springProject("spring:\n  jpa:\n    open-in-view: false\n");
    Files.writeString(
        app.resolve("pom.xml"),
        "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
            + "<dependencies><dependency><artifactId>liquibase-core</artifactId></dependency>"
            + "</dependencies></project>");
    Settings s = new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig("")));
    assertThat(s.format()).isEqualTo(MigrationFormat.LIQUIBASE);
    assertThat(s.changelog())
        .contains(app.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"));
    assertThat(s.origins().get("changelog").source())
        .contains(
            "Spring Boot's default change log classpath:/db/changelog/db.changelog-master.yaml");
  }

  @Test
  void aSpringBootProjectWithFlywayInItsBuildUsesSpringBootsDefaultLocation()
      throws java.io.IOException {
    Path app = springProject("spring:\n  jpa:\n    open-in-view: false\n");
    Files.writeString(
        app.resolve("build.gradle"),
        "plugins { id 'org.springframework.boot' }\n"
            + "dependencies { implementation 'org.flywaydb:flyway-core' }\n");
    Files.delete(app.resolve("pom.xml"));
    Settings s = new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig("")));
    assertThat(s.format()).isEqualTo(MigrationFormat.FLYWAY);
    assertThat(s.migrations()).isEqualTo(app.resolve("src/main/resources/db/migration"));
    assertThat(s.origins().get("migrations").source())
        .contains("Spring Boot's default location classpath:db/migration");
  }

  @Test
  void aChangelogOptionMakesItALiquibaseProject() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(parse("--config", writeConfig(""), "--changelog", "db/master.yaml"));
    assertThat(s.format()).isEqualTo(MigrationFormat.LIQUIBASE);
    assertThat(s.changelog()).contains(Path.of("db/master.yaml"));
  }

  @Test
  void theFormatComesFromTheConfigFileAndAnUnknownOneIsAnError() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config",
                    writeConfig("format=liquibase\nchangelog=db/master.yaml\nauthor=team\n")));
    assertThat(s.format()).isEqualTo(MigrationFormat.LIQUIBASE);
    assertThat(s.changelog()).contains(dir.resolve("db/master.yaml"));
    assertThat(s.author()).contains("team");
    assertThat(new SettingsResolver(k -> null).resolve(parse("--config", writeConfig(""))).format())
        .isEqualTo(MigrationFormat.FLYWAY);
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig("format=sqitch\n"))))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("format must be flyway or liquibase, not 'sqitch'");
  }

  @Test
  void everySettingSaysWhereItCameFrom() {
    String config = writeConfig("lock-timeout=2s\nentities=src/a\n");
    Settings s =
        new SettingsResolver(Map.of("AUTOGEN_DIALECT", "mariadb")::get)
            .resolve(parse("--config", config, "--bean-validation", "off"));
    assertThat(s.origins())
        .containsEntry(
            "lock-timeout", new dev.autogen.config.Sourced<>("2s", config + " (lock-timeout)"))
        .containsEntry("statement-timeout", new dev.autogen.config.Sourced<>("60s", "default"))
        .containsEntry(
            "dialect", new dev.autogen.config.Sourced<>("mariadb", "environment AUTOGEN_DIALECT"))
        .containsEntry(
            "bean-validation", new dev.autogen.config.Sourced<>("off", "option --bean-validation"))
        .containsEntry("naming", new dev.autogen.config.Sourced<>("jpa", "default"));
    assertThat(s.origins().get("entities").source()).isEqualTo(config + " (entities)");
  }

  @Test
  void autogenOptionsConfigAndEnvironmentWinOverSpringConfig() throws java.io.IOException {
    Path app = springProject(APPLICATION_YML);
    String config = writeConfig("naming=jpa\nglobally-quoted-identifiers=true\n");
    Settings s =
        new SettingsResolver(Map.of("AUTOGEN_URL", "jdbc:postgresql://ci/db")::get, app)
            .resolve(parse("--config", config, "--migrations", "x/y"));
    assertThat(s.url()).contains("jdbc:postgresql://ci/db");
    assertThat(s.origins().get("url").source()).isEqualTo("environment AUTOGEN_URL");
    assertThat(s.user()).as("the datasource's user belongs to its own URL").isEmpty();
    assertThat(s.password()).isEmpty();
    assertThat(s.naming()).isEqualTo(NamingStrategy.JPA);
    assertThat(s.origins().get("naming").source()).isEqualTo(config + " (naming)");
    assertThat(s.globallyQuotedIdentifiers()).isTrue();
    assertThat(s.migrations()).isEqualTo(Path.of("x/y"));
    assertThat(s.origins().get("migrations").source()).isEqualTo("option --migrations");
  }

  @Test
  void theInstantJdbcTypeComesFromTheSpringConfigurationUnlessAnOptionSetsIt()
      throws java.io.IOException {
    // JHipster's application.yml, nested as Spring allows
    Path app =
        springProject(
            APPLICATION_YML
                + """
                  jpa:
                    properties:
                      hibernate.type.preferred_instant_jdbc_type: TIMESTAMP
                """);
    Settings s = new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig("")));
    assertThat(s.preferredInstantJdbcType()).contains("TIMESTAMP");
    assertThat(s.origins().get("preferred-instant-jdbc-type").source())
        .isEqualTo(
            "src/main/resources/application.yml"
                + " (spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type)");
    Settings byOption =
        new SettingsResolver(k -> null, app)
            .resolve(
                parse(
                    "--config", writeConfig(""), "--preferred-instant-jdbc-type", "TIMESTAMP_UTC"));
    assertThat(byOption.preferredInstantJdbcType()).contains("TIMESTAMP_UTC");
  }

  @Test
  void profilesComeFromTheOptionOrTheConfigFile() throws java.io.IOException {
    Path app = springProject(APPLICATION_YML);
    Files.writeString(
        app.resolve("src/main/resources/application-ci.properties"),
        "spring.datasource.url=jdbc:postgresql://ci-profile/db\n");
    Settings byOption =
        new SettingsResolver(k -> null, app)
            .resolve(parse("--config", writeConfig(""), "--profile", "ci"));
    assertThat(byOption.url()).contains("jdbc:postgresql://ci-profile/db");
    Settings byConfig =
        new SettingsResolver(k -> null, app)
            .resolve(parse("--config", writeConfig("profile=ci\n")));
    assertThat(byConfig.url()).contains("jdbc:postgresql://ci-profile/db");
  }

  @Test
  void springConfigErrorsAreUsageErrorsNamingTheKey() throws java.io.IOException {
    Path app = springProject("spring.datasource.url: jdbc:postgresql://${DB_HOST}/app\n");
    assertThatThrownBy(
            () -> new SettingsResolver(k -> null, app).resolve(parse("--config", writeConfig(""))))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("application.yml (spring.datasource.url)")
        .hasMessageContaining("${DB_HOST} has no value");
    Settings explicit =
        new SettingsResolver(k -> null, app)
            .resolve(parse("--config", writeConfig(""), "--url", "jdbc:postgresql://x/y"));
    assertThat(explicit.url())
        .as("an unused Spring value is not resolved")
        .contains("jdbc:postgresql://x/y");
  }

  private String writeConfig(String text) {
    try {
      Path p = dir.resolve("autogen.properties");
      Files.writeString(p, text);
      return p.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void renameOptionsBecomeHints() {
    var hints =
        RenameOptions.parse(
            List.of("users.username=display_name", "Customer=client"),
            dev.autogen.dialect.postgres.PostgresDialect.create().identifiers());
    assertThat(hints.get(0).table()).map(Object::toString).contains("users");
    assertThat(hints.get(0).from().value()).isEqualTo("username");
    assertThat(hints.get(1).isTableRename()).isTrue();
    assertThat(hints.get(1).from().value()).isEqualTo("customer");
  }
}
