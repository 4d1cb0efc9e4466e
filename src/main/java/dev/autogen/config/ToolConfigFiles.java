package dev.autogen.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The migration tools' own configuration files in a project folder, where their command-line tools
 * look for them, read for one thing: the names they give their own tables. A project that renamed
 * Flyway's history table or Liquibase's change log in these files, not in Spring's configuration,
 * still never has those tables compared with its entities (a drop of them would be planned).
 *
 * <ul>
 *   <li>Flyway's {@code flyway.conf} in the folder and in its {@code conf/} ({@code flyway.table});
 *   <li>Flyway 10's {@code flyway.toml} and {@code flyway.user.toml} ({@code table} under {@code
 *       [flyway]}, and under any environment's {@code flyway} table);
 *   <li>the Flyway Maven plugin's {@code <table>} or {@code flyway.table} property in {@code
 *       pom.xml} ({@link FlywayMavenPlugin});
 *   <li>Liquibase's {@code liquibase.properties} ({@code databaseChangeLogTableName} and {@code
 *       databaseChangeLogLockTableName}, with or without the {@code liquibase.} prefix).
 * </ul>
 */
public final class ToolConfigFiles {

  private static final List<String> FLYWAY_CONF = List.of("flyway.conf", "conf/flyway.conf");
  private static final List<String> FLYWAY_TOML = List.of("flyway.toml", "flyway.user.toml");
  private static final String LIQUIBASE_PROPERTIES = "liquibase.properties";
  private static final List<String> LIQUIBASE_KEYS =
      List.of("databaseChangeLogTableName", "databaseChangeLogLockTableName");

  private ToolConfigFiles() {}

  /**
   * The table names the files in {@code project} give, each with its file and key.
   *
   * @throws ConfigException when a file is there but cannot be read or parsed, naming the file
   */
  public static List<Sourced<String>> tables(Path project) {
    List<Sourced<String>> out = new ArrayList<>();
    for (String name : FLYWAY_CONF) {
      Path file = project.resolve(name);
      if (Files.isRegularFile(file)) {
        add(out, properties(file).getProperty("flyway.table"), file + " (flyway.table)");
      }
    }
    for (String name : FLYWAY_TOML) {
      Path file = project.resolve(name);
      if (Files.isRegularFile(file)) {
        flywayToml(file, out);
      }
    }
    add(
        out,
        FlywayMavenPlugin.read(project).settings().get("flyway.table"),
        FlywayMavenPlugin.file(project) + " (flyway-maven-plugin table)");
    Path liquibase = project.resolve(LIQUIBASE_PROPERTIES);
    if (Files.isRegularFile(liquibase)) {
      Properties props = properties(liquibase);
      for (String key : LIQUIBASE_KEYS) {
        add(out, props.getProperty(key), liquibase + " (" + key + ")");
        add(out, props.getProperty("liquibase." + key), liquibase + " (liquibase." + key + ")");
      }
    }
    return List.copyOf(out);
  }

  /** {@code contexts} in {@code liquibase.properties}, with the file and key. */
  public static Optional<Sourced<String>> liquibaseContexts(Path project) {
    return liquibaseSetting(project, "contexts");
  }

  /** {@code labelFilter} (or the older {@code labels}) in {@code liquibase.properties}. */
  public static Optional<Sourced<String>> liquibaseLabels(Path project) {
    return liquibaseSetting(project, "labelFilter", "labels");
  }

  /** The first key set, bare or with Liquibase 4's {@code liquibase.command.} prefix. */
  private static Optional<Sourced<String>> liquibaseSetting(Path project, String... keys) {
    Path file = project.resolve(LIQUIBASE_PROPERTIES);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties props = properties(file);
    for (String key : keys) {
      for (String name : List.of(key, "liquibase.command." + key, "liquibase." + key)) {
        String value = props.getProperty(name);
        if (value != null && !value.isBlank()) {
          return Optional.of(new Sourced<>(value.strip(), file + " (" + name + ")"));
        }
      }
    }
    return Optional.empty();
  }

  private static void flywayToml(Path file, List<Sourced<String>> out) {
    JsonNode root = toml(file);
    add(out, text(root.path("flyway").path("table")), file + " ([flyway] table)");
    // an environment may override Flyway's settings, its table among them
    for (Map.Entry<String, JsonNode> env : root.path("environments").properties()) {
      add(
          out,
          text(env.getValue().path("flyway").path("table")),
          file + " ([environments." + env.getKey() + ".flyway] table)");
    }
  }

  /** A TOML file's tree; a file that is no TOML is a {@link ConfigException} naming it. */
  static JsonNode toml(Path file) {
    try {
      return new TomlMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read " + file + ": " + firstLine(e.getMessage()) + " (TOML expected)");
    }
  }

  /** A properties file read as UTF-8, as Flyway and Liquibase read theirs. */
  static Properties properties(Path file) {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read " + file + ": " + firstLine(e.getMessage()));
    }
    return props;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : null;
  }

  private static void add(List<Sourced<String>> out, String value, String source) {
    if (value != null && !value.isBlank()) {
      out.add(new Sourced<>(value.strip(), source));
    }
  }

  static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
