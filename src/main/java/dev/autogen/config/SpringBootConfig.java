package dev.autogen.config;

import dev.autogen.entities.NamingStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a Spring Boot project's own configuration tells autogen, so that such a project needs no
 * autogen-specific settings: the datasource, the naming strategies, quoting, the Flyway folder and
 * placeholders, a Liquibase change log. Read from the project folder by {@link SpringEnvironment};
 * every value comes with the file and key (or environment variable) it was found in.
 *
 * <p>A project is a Spring Boot project when its build file ({@code pom.xml}, {@code build.gradle},
 * {@code build.gradle.kts}) mentions Spring Boot or its {@code application.*} files have {@code
 * spring.*} properties; otherwise every value is empty. Values are resolved when asked for, so a
 * placeholder without a value only fails when autogen needs that setting.
 */
public final class SpringBootConfig {
  public static final String URL = "spring.datasource.url";
  public static final String USER = "spring.datasource.username";
  public static final String PASSWORD = "spring.datasource.password";
  public static final String SCHEMA = "spring.jpa.properties.hibernate.default_schema";
  public static final String PHYSICAL = "spring.jpa.hibernate.naming.physical-strategy";
  public static final String IMPLICIT = "spring.jpa.hibernate.naming.implicit-strategy";
  public static final String QUOTED = "spring.jpa.properties.hibernate.globally_quoted_identifiers";
  public static final String PREFERRED_INSTANT =
      "spring.jpa.properties.hibernate.type.preferred_instant_jdbc_type";
  public static final String FLYWAY_LOCATIONS = "spring.flyway.locations";
  public static final String FLYWAY_PLACEHOLDERS = "spring.flyway.placeholders";
  public static final String LIQUIBASE_CHANGE_LOG = "spring.liquibase.change-log";

  // spring.jpa.properties.* are handed to Hibernate as they are and win over the named keys
  private static final String PHYSICAL_PROPERTY =
      "spring.jpa.properties.hibernate.physical_naming_strategy";
  private static final String IMPLICIT_PROPERTY =
      "spring.jpa.properties.hibernate.implicit_naming_strategy";
  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts");

  private final Path project;
  private final Optional<String> detectedBy;
  private final SpringEnvironment environment;
  private final BuildTools build;
  private final Optional<HibernateLine> hibernate;

  private SpringBootConfig(
      Path project,
      Optional<String> detectedBy,
      SpringEnvironment environment,
      BuildTools build,
      Optional<HibernateLine> hibernate) {
    this.project = project;
    this.detectedBy = detectedBy;
    this.environment = environment;
    this.build = build;
    this.hibernate = hibernate;
  }

  /**
   * Reads the project's configuration files.
   *
   * @param project the project folder ({@code Path.of("")}: the working directory)
   * @param profiles the Spring profiles to activate; empty: {@code SPRING_PROFILES_ACTIVE}, else
   *     {@code spring.profiles.active}
   * @param env the environment variables
   * @throws ConfigException when a configuration file cannot be read or parsed
   */
  public static SpringBootConfig read(
      Path project, List<String> profiles, Function<String, String> env) {
    SpringEnvironment environment = SpringEnvironment.load(project, profiles, env);
    String build = "";
    Optional<String> detectedBy = Optional.empty();
    Optional<HibernateLine> hibernate = Optional.empty();
    for (String name : BUILD_FILES) {
      Path file = project.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        String text = Files.readString(file);
        build += text;
        if (hibernate.isEmpty()) {
          hibernate = HibernateLine.of(name, text);
        }
        if (detectedBy.isEmpty()
            && (text.contains("spring-boot") || text.contains("org.springframework.boot"))) {
          detectedBy = Optional.of(name + " uses Spring Boot");
        }
      } catch (IOException e) {
        throw new ConfigException("cannot read " + name + ": " + e.getMessage());
      }
    }
    if (detectedBy.isEmpty() && environment.hasSpringKeys()) {
      detectedBy = Optional.of(String.join(", ", environment.files()) + " set spring.* properties");
    }
    return new SpringBootConfig(project, detectedBy, environment, BuildTools.of(build), hibernate);
  }

  /** The Hibernate line the build file brings, if it says (see {@link HibernateLine}). */
  public Optional<HibernateLine> hibernate() {
    return hibernate;
  }

  public boolean isSpringBoot() {
    return detectedBy.isPresent();
  }

  /** Why the project counts as a Spring Boot project, e.g. {@code pom.xml uses Spring Boot}. */
  public Optional<String> detectedBy() {
    return detectedBy;
  }

  public List<String> profiles() {
    return environment.profiles();
  }

  /** The configuration files read, relative to the project folder. */
  public List<String> files() {
    return environment.files();
  }

  /**
   * {@code spring.datasource.url} when it names a database autogen reads (PostgreSQL, MySQL,
   * MariaDB); an embedded or Testcontainers URL ({@code jdbc:h2:}, {@code jdbc:tc:}) is left out (a
   * note says so), and autogen replays the migrations into its dev database instead.
   */
  public Optional<Sourced<String>> url() {
    return get(URL).filter(u -> readable(u.value()));
  }

  private static boolean readable(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("jdbc:postgresql:")
        || u.startsWith("jdbc:mysql:")
        || u.startsWith("jdbc:mariadb:");
  }

  public Optional<Sourced<String>> user() {
    return get(USER);
  }

  public Optional<Sourced<String>> password() {
    return get(PASSWORD);
  }

  public Optional<Sourced<String>> schema() {
    return get(SCHEMA);
  }

  /**
   * The physical naming Hibernate uses in this application: the configured strategy, else Spring
   * Boot's default ({@code CamelCaseToUnderscoresNamingStrategy}, autogen's {@code spring}).
   *
   * @throws ConfigException for a strategy autogen does not know
   */
  public Optional<Sourced<NamingStrategy>> naming() {
    if (!isSpringBoot()) {
      return Optional.empty();
    }
    Optional<Sourced<String>> configured = get(PHYSICAL_PROPERTY).or(() -> get(PHYSICAL));
    if (configured.isEmpty()) {
      return Optional.of(
          new Sourced<>(
              NamingStrategy.SPRING,
              "Spring Boot's default physical naming (" + detectedBy.get() + ")"));
    }
    String strategy = configured.get().value().strip();
    String simple = strategy.substring(strategy.lastIndexOf('.') + 1);
    NamingStrategy naming =
        switch (simple) {
          // Hibernate 7's own name for the snake-case strategy, which the old name extends since
          // 7.0 (Spring PetClinic configures it)
          case "CamelCaseToUnderscoresNamingStrategy",
              "SpringPhysicalNamingStrategy",
              "PhysicalNamingStrategySnakeCaseImpl" ->
              NamingStrategy.SPRING;
          // names as written, but Spring Boot still sets its implicit strategy (join tables)
          case "PhysicalNamingStrategyStandardImpl" -> NamingStrategy.SPRING_STANDARD;
          default ->
              throw new ConfigException(
                  configured.get().source()
                      + ": autogen does not know the physical naming strategy "
                      + strategy
                      + "; set naming=jpa or naming=spring in autogen.properties (or --naming) to"
                      + " the rule it follows");
        };
    if (naming == NamingStrategy.SPRING_STANDARD && jpaCompliantImplicitNaming()) {
      // the application replaced Spring's implicit strategy too: Hibernate's defaults throughout
      naming = NamingStrategy.JPA;
    }
    return Optional.of(new Sourced<>(naming, configured.get().source()));
  }

  /** Whether the application sets Hibernate's own JPA-compliant implicit naming strategy. */
  private boolean jpaCompliantImplicitNaming() {
    return implicitNaming()
        .map(i -> i.value().strip())
        .filter(i -> i.endsWith(".ImplicitNamingStrategyJpaCompliantImpl") || i.equals("jpa"))
        .isPresent();
  }

  /** The implicit naming strategy as configured (reported; autogen follows Hibernate's rules). */
  public Optional<Sourced<String>> implicitNaming() {
    return get(IMPLICIT_PROPERTY).or(() -> get(IMPLICIT));
  }

  /** {@code hibernate.type.preferred_instant_jdbc_type} as the application sets it. */
  public Optional<Sourced<String>> preferredInstantJdbcType() {
    return get(PREFERRED_INSTANT);
  }

  /** {@code hibernate.globally_quoted_identifiers} as the application sets it. */
  public Optional<Sourced<Boolean>> globallyQuotedIdentifiers() {
    Optional<Sourced<String>> value = get(QUOTED);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().value().strip().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw new ConfigException(
          value.get().source() + ": must be true or false, not '" + value.get().value() + "'");
    }
    return Optional.of(value.get().map(v -> text.equals("true")));
  }

  /**
   * The migrations folder from {@code spring.flyway.locations}: {@code classpath:db/migration} is
   * {@code src/main/resources/db/migration}, {@code filesystem:x} is {@code x} in the project
   * folder. Of several locations the first; {@code {vendor}} is the database the URL names.
   *
   * @param url the JDBC URL autogen uses, for {@code {vendor}}
   */
  public Optional<Sourced<Path>> migrations(Optional<String> url) {
    Optional<Sourced<List<String>>> locations = list(FLYWAY_LOCATIONS);
    if (locations.isEmpty() || locations.get().value().isEmpty()) {
      // Spring Boot's FlywayProperties: locations = classpath:db/migration
      return isSpringBoot() && build.flyway()
          ? Optional.of(
              new Sourced<>(
                  ChangeLogLocation.file(project, DEFAULT_FLYWAY_LOCATION),
                  "Spring Boot's default location "
                      + DEFAULT_FLYWAY_LOCATION
                      + " (the build file uses Flyway)"))
          : Optional.empty();
    }
    return Optional.of(FlywayLocations.folder(project, locations.get(), url));
  }

  /** Every folder of {@code spring.flyway.locations}, in order; empty when it is not set. */
  public List<Path> flywayFolders(Optional<String> url) {
    return list(FLYWAY_LOCATIONS)
        .filter(l -> !l.value().isEmpty())
        .map(l -> FlywayLocations.folders(project, l, url))
        .orElse(List.of());
  }

  /**
   * The {@code spring.flyway.*} settings that change what a migration does, under the names of
   * Flyway's own configuration ({@code spring.flyway.baseline-version} is {@code
   * flyway.baselineVersion}, {@code spring.flyway.placeholders.owner} is {@code
   * flyway.placeholders.owner}), for replaying the migrations as the application would. Where
   * Flyway connects, and what it may clean, are autogen's to decide, so those keys are not among
   * them.
   */
  public Map<String, String> flywayConfiguration() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (!isSpringBoot()) {
      return out;
    }
    for (String key : FlywayReplayKeys.SPRING) {
      list("spring.flyway." + key)
          .ifPresent(
              v ->
                  out.put(
                      "flyway." + FlywayReplayKeys.flywayName(key), String.join(",", v.value())));
    }
    flywayPlaceholders().forEach((name, value) -> out.put("flyway.placeholders." + name, value));
    return out;
  }

  /**
   * The migration tools' own tables this application names: {@code spring.flyway.table} (an
   * application that began on Flyway 4 or earlier keeps its {@code schema_version} this way), and
   * {@code spring.liquibase.database-change-log-table} and {@code -lock-table}. Never the
   * application's tables, so never compared.
   */
  public List<String> migrationToolTables() {
    if (!isSpringBoot()) {
      return List.of();
    }
    return java.util.stream.Stream.of(
            "spring.flyway.table",
            "spring.liquibase.database-change-log-table",
            "spring.liquibase.database-change-log-lock-table")
        .map(this::get)
        .flatMap(Optional::stream)
        .map(Sourced::value)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** {@code spring.liquibase.change-log} as configured. */
  public Optional<Sourced<String>> liquibaseChangeLog() {
    return get(LIQUIBASE_CHANGE_LOG);
  }

  /**
   * The master changelog Spring Boot's Liquibase would run: {@code spring.liquibase.change-log},
   * else, when the build depends on Liquibase, Spring Boot's default {@code
   * classpath:/db/changelog/db.changelog-master.yaml}. A build with Flyway too takes the default
   * only when that file exists (Spring Boot would run both; the changelog is then the history).
   */
  public Optional<Sourced<String>> liquibaseMaster() {
    Optional<Sourced<String>> configured = liquibaseChangeLog();
    if (configured.isPresent() || !isSpringBoot() || !build.liquibase()) {
      return configured;
    }
    Path fallback = ChangeLogLocation.file(project, DEFAULT_CHANGE_LOG);
    return !build.flyway() || Files.isRegularFile(fallback)
        ? Optional.of(
            new Sourced<>(
                DEFAULT_CHANGE_LOG,
                "Spring Boot's default change log "
                    + DEFAULT_CHANGE_LOG
                    + " (the build file uses Liquibase)"))
        : Optional.empty();
  }

  /** Spring Boot's {@code LiquibaseProperties.changeLog} default. */
  static final String DEFAULT_CHANGE_LOG = "classpath:/db/changelog/db.changelog-master.yaml";

  /** Spring Boot's {@code FlywayProperties.locations} default. */
  static final String DEFAULT_FLYWAY_LOCATION = "classpath:db/migration";

  /** {@code spring.liquibase.parameters.*}: the changelog parameters. */
  public Map<String, String> liquibaseParameters() {
    return isSpringBoot() ? environment.map("spring.liquibase.parameters") : Map.of();
  }

  /** {@code spring.liquibase.contexts}, comma-separated. */
  public Optional<Sourced<String>> liquibaseContexts() {
    return list("spring.liquibase.contexts").map(c -> c.map(v -> String.join(",", v)));
  }

  /** {@code spring.liquibase.label-filter} (Boot 3; {@code labels} before). */
  public Optional<Sourced<String>> liquibaseLabels() {
    return list("spring.liquibase.label-filter")
        .or(() -> list("spring.liquibase.labels"))
        .map(c -> c.map(v -> String.join(",", v)));
  }

  /** The project folder the configuration was read from. */
  public Path project() {
    return project;
  }

  /**
   * The master changelog file of {@link #liquibaseMaster} : {@code classpath:x} (or a path without
   * prefix, which Spring reads from the class path) is {@code src/main/resources/x}, {@code file:x}
   * is {@code x} in the project folder.
   */
  public Optional<Sourced<Path>> liquibaseChangeLogFile() {
    return liquibaseMaster().map(c -> c.map(v -> ChangeLogLocation.file(project, v.strip())));
  }

  /** {@code spring.flyway.placeholders.*}: name to value, for replaying the migrations. */
  public Map<String, String> flywayPlaceholders() {
    return isSpringBoot() ? environment.map(FLYWAY_PLACEHOLDERS) : Map.of();
  }

  /** What autogen reads from the configuration but cannot act on yet, one line each. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    hibernate.flatMap(HibernateLine::note).ifPresent(notes::add);
    if (!isSpringBoot()) {
      return notes;
    }
    get(URL)
        .filter(u -> !readable(u.value()))
        .ifPresent(
            u ->
                notes.add(
                    u.source()
                        + " is not a database autogen reads (PostgreSQL, MySQL, MariaDB); it is"
                        + " left out"));
    list(FLYWAY_LOCATIONS)
        .filter(l -> l.value().size() > 1)
        .ifPresent(
            l ->
                notes.add(
                    l.source()
                        + " lists "
                        + l.value().size()
                        + " locations; autogen replays them all and writes into the first, "
                        + l.value().get(0)));
    return notes;
  }

  private Optional<Sourced<String>> get(String name) {
    return isSpringBoot() ? environment.get(name) : Optional.empty();
  }

  private Optional<Sourced<List<String>>> list(String name) {
    return isSpringBoot() ? environment.list(name) : Optional.empty();
  }
}
