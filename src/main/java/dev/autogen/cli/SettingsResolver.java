package dev.autogen.cli;

import dev.autogen.config.ConfigException;
import dev.autogen.config.FlywayToolConfig;
import dev.autogen.config.LiquibaseFilter;
import dev.autogen.config.SpringBootConfig;
import dev.autogen.config.ToolConfigFiles;
import dev.autogen.entities.BeanValidationMode;
import dev.autogen.entities.NamingStrategy;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Resolves settings: command-line option, then environment ({@code AUTOGEN_URL}, {@code
 * AUTOGEN_USER}, {@code AUTOGEN_PASSWORD}), then the config file, then the project's Spring Boot
 * configuration ({@link SpringBootConfig}: datasource, naming, quoting, Flyway folder), then
 * defaults. Relative paths in a config file are relative to the file's folder, so a project can
 * keep one at its root.
 */
final class SettingsResolver {

  static final String DEFAULT_CONFIG = "autogen.properties";

  private static final Set<String> KEYS =
      Set.of(
          "url",
          "dialect",
          "user",
          "password",
          "schema",
          "dev-url",
          "entities",
          "naming",
          "bean-validation",
          "globally-quoted-identifiers",
          "rename",
          "migrations",
          "deferred",
          "rollback",
          "templates",
          "backfill",
          "lock-timeout",
          "statement-timeout",
          "warn-rows",
          "error-rows",
          "batch-size",
          "batch-pause",
          "allow-narrowing",
          "history-base",
          "profile",
          "connect-timeout",
          "socket-timeout",
          "lint.allow",
          "format",
          "changelog",
          "liquibase-contexts",
          "liquibase-label-filter",
          "author");

  /** Keys handed to Flyway as they are when it replays the migrations. */
  private static final String FLYWAY_PREFIX = "flyway.";

  private final Function<String, String> env;
  private final Path project;

  SettingsResolver(Function<String, String> env) {
    this(env, Path.of(""));
  }

  /** A resolver for the project in {@code project} (the working directory for the CLI). */
  SettingsResolver(Function<String, String> env, Path project) {
    this.env = env;
    this.project = project;
  }

  Settings resolve(CommonOptions o) {
    Path configFile = o.config != null ? o.config : Path.of(DEFAULT_CONFIG);
    Properties props = load(configFile, o.config != null);
    Path base = configFile.toAbsolutePath().getParent();
    SpringBootConfig spring = spring(o, props);
    SettingSources src = new SettingSources(env, props, configFile);
    Optional<String> url = src.first("url", o.url, "AUTOGEN_URL", spring::url);
    // the datasource's user and password belong to its URL, not to a URL given elsewhere
    boolean springUrl = src.fromSpring("url");
    Map<String, String> backfills = new LinkedHashMap<>();
    list(props.getProperty("backfill")).forEach(b -> putBackfill(backfills, b, configFile));
    backfills.putAll(o.backfills);
    MigrationFormat format = format(o, props, configFile, spring);
    FlywayToolConfig flywayFiles = toolFiles(() -> FlywayToolConfig.read(project));
    Optional<Path> changelog =
        format == MigrationFormat.LIQUIBASE
            ? Optional.of(changelog(o, props, base, src, spring))
            : Optional.empty();
    Path migrations =
        Optional.ofNullable(o.migrations)
            .map(m -> src.note("migrations", m, "option --migrations"))
            .or(
                () ->
                    path(props, "migrations", base)
                        .map(m -> src.note("migrations", m, configFile + " (migrations)")))
            .or(() -> changelog.map(c -> c.toAbsolutePath().normalize().getParent()))
            .or(() -> src.spring("migrations", () -> spring.migrations(url)))
            .or(() -> src.toolFile("migrations", () -> flywayFiles.migrations(url)))
            .orElseGet(
                () ->
                    src.note(
                        "migrations",
                        project.resolve("src/main/resources/db/migration"),
                        "default"));
    Path folderOfFolders = migrations.toAbsolutePath().getParent();
    return new Settings(
        url,
        src.first("user", o.user, "AUTOGEN_USER", springUrl ? spring::user : Optional::empty),
        src.first(
            "password",
            o.password,
            "AUTOGEN_PASSWORD",
            springUrl ? spring::password : Optional::empty),
        // empty: the database's own default (public, or the MySQL database the URL names)
        src.first("schema", o.schema, null, spring::schema).orElse(""),
        src.first("dev-url", o.devUrl, "AUTOGEN_DEV_URL", Optional::empty),
        src.note("entities", entities(o, props, base), entitiesSource(o, props, configFile)),
        naming(
            src.first("naming", o.naming, null, () -> spring.naming().map(n -> n.map(this::word)))
                .orElseGet(() -> src.note("naming", "jpa", "default"))),
        beanValidation(
            src.first("bean-validation", o.beanValidation, null, Optional::empty)
                .orElseGet(() -> src.note("bean-validation", "auto", "default"))),
        flag(
            src.first(
                    "globally-quoted-identifiers",
                    o.globallyQuotedIdentifiers == null ? null : o.globallyQuotedIdentifiers + "",
                    null,
                    () -> spring.globallyQuotedIdentifiers().map(q -> q.map(String::valueOf)))
                .orElseGet(() -> src.note("globally-quoted-identifiers", "false", "default"))),
        src.first(
            "preferred-instant-jdbc-type",
            o.preferredInstantJdbcType,
            null,
            spring::preferredInstantJdbcType),
        !o.renames.isEmpty() ? o.renames : list(props.getProperty("rename")),
        migrations,
        o.deferred != null
            ? o.deferred
            : path(props, "deferred", base).orElse(folderOfFolders.resolve("deferred")),
        o.rollback != null
            ? o.rollback
            : path(props, "rollback", base).orElse(folderOfFolders.resolve("rollback")),
        Optional.ofNullable(o.templates).or(() -> path(props, "templates", base)),
        backfills,
        src.first("lock-timeout", null, null, Optional::empty)
            .orElseGet(() -> src.note("lock-timeout", "5s", "default")),
        src.first("statement-timeout", null, null, Optional::empty)
            .orElseGet(() -> src.note("statement-timeout", "60s", "default")),
        PlanningSettings.resolve(o.planning, props),
        list(props.getProperty("lint.allow")),
        src.first("dialect", o.dialect, "AUTOGEN_DIALECT", Optional::empty),
        src.first("history-base", o.historyBase, null, Optional::empty),
        Timeouts.resolve(o.connectTimeout, o.socketTimeout, props),
        flyway(props),
        spring,
        format,
        changelog,
        new LiquibaseFilter(
            src.first("liquibase-contexts", o.liquibaseContexts, null, spring::liquibaseContexts)
                .or(
                    () ->
                        src.toolFile(
                            "liquibase-contexts", () -> ToolConfigFiles.liquibaseContexts(project)))
                .orElse(""),
            src.first("liquibase-label-filter", o.liquibaseLabels, null, spring::liquibaseLabels)
                .or(
                    () ->
                        src.toolFile(
                            "liquibase-label-filter",
                            () -> ToolConfigFiles.liquibaseLabels(project)))
                .orElse("")),
        src.first("author", o.author, null, Optional::empty),
        toolFiles(() -> ToolConfigFiles.tables(project)),
        flywayFiles,
        src.origins());
  }

  /**
   * Flyway unless the option (given to {@code -m} as {@code --format liquibase}), a {@code
   * --changelog}, {@code format=liquibase} in the config file, or a Spring Boot project whose
   * Liquibase has a master changelog ({@code spring.liquibase.change-log}, or Spring Boot's default
   * when the build depends on Liquibase) says Liquibase.
   */
  private static MigrationFormat format(
      CommonOptions o, Properties props, Path configFile, SpringBootConfig spring) {
    if (o.migrationFormat != null) {
      return o.migrationFormat;
    }
    if (o.changelog != null) {
      return MigrationFormat.LIQUIBASE;
    }
    String configured = props.getProperty("format");
    if (configured != null) {
      return MigrationFormat.parse(configured.trim())
          .orElseThrow(
              () ->
                  new UserError(
                      ExitCode.USAGE,
                      configFile
                          + ": format must be flyway or liquibase, not '"
                          + configured
                          + "'"));
    }
    try {
      return spring.liquibaseMaster().isPresent()
          ? MigrationFormat.LIQUIBASE
          : MigrationFormat.FLYWAY;
    } catch (ConfigException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** The master changelog: option, config file, Spring's change-log, Spring's default path. */
  private Path changelog(
      CommonOptions o, Properties props, Path base, SettingSources src, SpringBootConfig spring) {
    return Optional.ofNullable(o.changelog)
        .map(c -> src.note("changelog", c, "option --changelog"))
        .or(
            () ->
                path(props, "changelog", base)
                    .map(c -> src.note("changelog", c, "config file (changelog)")))
        .or(() -> src.spring("changelog", spring::liquibaseChangeLogFile))
        .orElseGet(
            () ->
                src.note(
                    "changelog",
                    project.resolve("src/main/resources/db/changelog/db.changelog-master.yaml"),
                    "default"));
  }

  /** The project's Spring Boot configuration, with the profiles the option or config names. */
  private SpringBootConfig spring(CommonOptions o, Properties props) {
    List<String> profiles = !o.profiles.isEmpty() ? o.profiles : list(props.getProperty("profile"));
    try {
      return SpringBootConfig.read(project, profiles, env);
    } catch (ConfigException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** What the migration tools' own files say; a broken file is a usage error naming it. */
  private static <T> T toolFiles(Supplier<T> read) {
    try {
      return read.get();
    } catch (ConfigException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  private String word(NamingStrategy naming) {
    return naming.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String entitiesSource(CommonOptions o, Properties props, Path configFile) {
    if (!o.entities.isEmpty()) {
      return "option --entities";
    }
    return props.getProperty("entities") != null ? configFile + " (entities)" : "default";
  }

  private List<Path> entities(CommonOptions o, Properties props, Path base) {
    if (!o.entities.isEmpty()) {
      return o.entities;
    }
    List<Path> configured =
        list(props.getProperty("entities")).stream().map(p -> base.resolve(p).normalize()).toList();
    return configured.isEmpty() ? List.of(project.resolve("src/main/java")) : configured;
  }

  private static Properties load(Path file, boolean required) {
    Properties props = new Properties();
    if (!Files.exists(file)) {
      if (required) {
        throw new UserError(ExitCode.USAGE, "config file " + file + " does not exist");
      }
      return props;
    }
    try (Reader r = new java.io.StringReader(dev.autogen.devdb.TextFiles.read(file))) {
      props.load(r);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.USAGE, "cannot read config file " + file + ": " + e.getMessage());
    }
    for (String key : props.stringPropertyNames()) {
      if (!KEYS.contains(key) && !key.startsWith(FLYWAY_PREFIX)) {
        throw new UserError(
            ExitCode.USAGE,
            file
                + ": unknown key '"
                + key
                + "' (known: "
                + String.join(", ", KEYS.stream().sorted().toList())
                + ")");
      }
    }
    return props;
  }

  private static Map<String, String> flyway(Properties props) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(FLYWAY_PREFIX)) {
        out.put(key, props.getProperty(key).strip());
      }
    }
    return out;
  }

  /** A naming by its word: the constant's name in lower case, {@code -} for {@code _}. */
  private static NamingStrategy naming(String value) {
    try {
      return NamingStrategy.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCode.USAGE, "unknown --naming '" + value + "' (use jpa, spring or spring-standard)");
    }
  }

  private static boolean flag(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new UserError(
              ExitCode.USAGE,
              "globally-quoted-identifiers must be true or false, not '" + value + "'");
    };
  }

  private static BeanValidationMode beanValidation(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "auto" -> BeanValidationMode.AUTO;
      case "on" -> BeanValidationMode.ON;
      case "off" -> BeanValidationMode.OFF;
      default ->
          throw new UserError(
              ExitCode.USAGE, "unknown --bean-validation '" + value + "' (use auto, on or off)");
    };
  }

  private static void putBackfill(Map<String, String> into, String entry, Path file) {
    int eq = entry.indexOf('=');
    if (eq < 1) {
      throw new UserError(
          ExitCode.USAGE, file + ": backfill '" + entry + "' is not table.column=expression");
    }
    into.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
  }

  private static Optional<Path> path(Properties props, String key, Path base) {
    return Optional.ofNullable(props.getProperty(key)).map(p -> base.resolve(p.trim()).normalize());
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
