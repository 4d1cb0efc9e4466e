package dev.autogen.cli;

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

/**
 * Resolves settings: command-line option, then environment ({@code AUTOGEN_URL}, {@code
 * AUTOGEN_USER}, {@code AUTOGEN_PASSWORD}), then the config file, then defaults. Relative paths in
 * a config file are relative to the file's folder, so a project can keep one at its root.
 */
final class SettingsResolver {

  static final String DEFAULT_CONFIG = "autogen.properties";

  /** The entity roots when neither an option nor the config file names any. */
  static final List<Path> DEFAULT_ENTITIES = List.of(Path.of("src/main/java"));

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
          "connect-timeout",
          "socket-timeout",
          "lint.allow");

  private final Function<String, String> env;

  SettingsResolver(Function<String, String> env) {
    this.env = env;
  }

  Settings resolve(CommonOptions o) {
    Path configFile = o.config != null ? o.config : Path.of(DEFAULT_CONFIG);
    Properties props = load(configFile, o.config != null);
    Path base = configFile.toAbsolutePath().getParent();
    Map<String, String> backfills = new LinkedHashMap<>();
    list(props.getProperty("backfill")).forEach(b -> putBackfill(backfills, b, configFile));
    backfills.putAll(o.backfills);
    Path migrations =
        o.migrations != null
            ? o.migrations
            : path(props, "migrations", base).orElse(Path.of("src/main/resources/db/migration"));
    Path folderOfFolders = migrations.toAbsolutePath().getParent();
    return new Settings(
        first(o.url, env.apply("AUTOGEN_URL"), props.getProperty("url")),
        first(o.user, env.apply("AUTOGEN_USER"), props.getProperty("user")),
        first(o.password, env.apply("AUTOGEN_PASSWORD"), props.getProperty("password")),
        // empty: the database's own default (public, or the MySQL database the URL names)
        first(o.schema, null, props.getProperty("schema")).orElse(""),
        first(o.devUrl, env.apply("AUTOGEN_DEV_URL"), props.getProperty("dev-url")),
        entities(o, props, base),
        naming(first(o.naming, null, props.getProperty("naming")).orElse("jpa")),
        beanValidation(
            first(o.beanValidation, null, props.getProperty("bean-validation")).orElse("auto")),
        o.globallyQuotedIdentifiers != null
            ? o.globallyQuotedIdentifiers
            : flag(props.getProperty("globally-quoted-identifiers", "false")),
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
        props.getProperty("lock-timeout", "5s"),
        props.getProperty("statement-timeout", "60s"),
        PlanningSettings.resolve(o.planning, props),
        list(props.getProperty("lint.allow")),
        first(o.dialect, env.apply("AUTOGEN_DIALECT"), props.getProperty("dialect")),
        first(o.historyBase, null, props.getProperty("history-base")),
        Timeouts.resolve(o.connectTimeout, o.socketTimeout, props));
  }

  private static List<Path> entities(CommonOptions o, Properties props, Path base) {
    if (!o.entities.isEmpty()) {
      return o.entities;
    }
    List<Path> configured =
        list(props.getProperty("entities")).stream().map(p -> base.resolve(p).normalize()).toList();
    return configured.isEmpty() ? DEFAULT_ENTITIES : configured;
  }

  private static Properties load(Path file, boolean required) {
    Properties props = new Properties();
    if (!Files.exists(file)) {
      if (required) {
        throw new UserError(ExitCode.USAGE, "config file " + file + " does not exist");
      }
      return props;
    }
    try (Reader r = Files.newBufferedReader(file)) {
      props.load(r);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.USAGE, "cannot read config file " + file + ": " + e.getMessage());
    }
    for (String key : props.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
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

  private static NamingStrategy naming(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "jpa" -> NamingStrategy.JPA;
      case "spring" -> NamingStrategy.SPRING;
      default ->
          throw new UserError(
              ExitCode.USAGE, "unknown --naming '" + value + "' (use jpa or spring)");
    };
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

  private static Optional<String> first(String option, String envValue, String property) {
    if (option != null) {
      return Optional.of(option);
    }
    if (envValue != null && !envValue.isEmpty()) {
      return Optional.of(envValue);
    }
    return Optional.ofNullable(property);
  }
}
