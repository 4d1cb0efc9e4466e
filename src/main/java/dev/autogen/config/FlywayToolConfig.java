package dev.autogen.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What Flyway's own configuration files in a project say about its migrations, for a project that
 * runs Flyway from its command-line tool instead of from Spring: where the migrations are ({@code
 * locations}) and the settings that change what they do ({@link FlywayReplayKeys}, and the
 * placeholders). Read as Flyway reads them, a later file winning: {@code conf/flyway.conf}, {@code
 * flyway.conf}, then Flyway 10's {@code flyway.toml} and {@code flyway.user.toml}, each TOML file's
 * {@code [flyway]} table and then that of the environment it selects ({@code [flyway] environment},
 * else {@code default}), then the Flyway Maven plugin's settings in {@code pom.xml} ({@link
 * FlywayMavenPlugin}). Where Flyway connects is never read: autogen's dev database decides.
 *
 * @param project the folder relative locations are resolved in, as the Flyway CLI run there would
 * @param locations {@code locations}, with the file and key that set it
 * @param replay the replay settings under Flyway's names ({@code flyway.baselineVersion}, {@code
 *     flyway.placeholders.owner})
 * @param notes the settings read but not followed, one line each (see {@link FlywayMavenPlugin})
 */
public record FlywayToolConfig(
    Path project,
    Optional<Sourced<List<String>>> locations,
    Map<String, String> replay,
    List<String> notes) {

  private static final List<String> CONF = List.of("conf/flyway.conf", "flyway.conf");
  private static final List<String> TOML = List.of("flyway.toml", "flyway.user.toml");
  private static final String PLACEHOLDERS = "placeholders";

  public FlywayToolConfig {
    replay = Map.copyOf(replay);
    notes = List.copyOf(notes);
  }

  /**
   * The files in {@code project}; nothing when there are none.
   *
   * @throws ConfigException when a file is there but cannot be read or parsed, naming the file
   */
  public static FlywayToolConfig read(Path project) {
    Reading reading = new Reading();
    for (String name : CONF) {
      Path file = project.resolve(name);
      if (Files.isRegularFile(file)) {
        Properties props = ToolConfigFiles.properties(file);
        Map<String, String> settings = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k)));
        reading.conf(settings, file + " (flyway.locations)");
      }
    }
    for (String name : TOML) {
      Path file = project.resolve(name);
      if (Files.isRegularFile(file)) {
        JsonNode root = ToolConfigFiles.toml(file);
        JsonNode flyway = root.path("flyway");
        reading.toml(file, flyway, "[flyway]");
        String environment = text(flyway.path("environment")).orElse("default");
        reading.toml(
            file,
            root.path("environments").path(environment).path("flyway"),
            "[environments." + environment + ".flyway]");
      }
    }
    // the Maven plugin reads the configuration files first and lets its own settings win
    FlywayMavenPlugin.Read maven = FlywayMavenPlugin.read(project);
    reading.conf(
        maven.settings(), FlywayMavenPlugin.file(project) + " (flyway-maven-plugin locations)");
    return new FlywayToolConfig(project, reading.locations, reading.replay, maven.notes());
  }

  /**
   * The migrations folder {@code locations} names first ({@code filesystem:sql} is {@code sql} in
   * the project, {@code classpath:x} is {@code src/main/resources/x}).
   *
   * @param url the JDBC URL autogen uses, for a {@code {vendor}} location
   * @throws ConfigException when a location names {@code {vendor}} and no URL tells it
   */
  public Optional<Sourced<Path>> migrations(Optional<String> url) {
    return locations.map(l -> FlywayLocations.folder(project, l, url));
  }

  /** Every folder {@code locations} names, in order; empty when it is not set. */
  public List<Path> folders(Optional<String> url) {
    return locations.map(l -> FlywayLocations.folders(project, l, url)).orElse(List.of());
  }

  /** What the files have said so far; a later file's value replaces an earlier one's. */
  private static final class Reading {
    private Optional<Sourced<List<String>>> locations = Optional.empty();
    private final Map<String, String> replay = new LinkedHashMap<>();

    /** Settings under {@code flyway.conf}'s names; {@code locationsSource} names their file. */
    void conf(Map<String, String> settings, String locationsSource) {
      for (Map.Entry<String, String> setting : settings.entrySet()) {
        String key = setting.getKey();
        String value = setting.getValue().strip();
        if (!key.startsWith("flyway.") || value.isEmpty()) {
          continue;
        }
        String name = key.substring("flyway.".length());
        if (name.equals("locations")) {
          List<String> list =
              Arrays.stream(value.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
          locations = Optional.of(new Sourced<>(list, locationsSource));
        } else if (isReplayed(name)) {
          replay.put(key, value);
        }
      }
    }

    void toml(Path file, JsonNode table, String where) {
      for (Map.Entry<String, JsonNode> field : table.properties()) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (name.equals("locations")) {
          List<String> list = values(value);
          if (!list.isEmpty()) {
            locations = Optional.of(new Sourced<>(list, file + " (" + where + " locations)"));
          }
        } else if (name.equals(PLACEHOLDERS) && value.isObject()) {
          for (Map.Entry<String, JsonNode> p : value.properties()) {
            text(p.getValue()).ifPresent(v -> replay.put("flyway.placeholders." + p.getKey(), v));
          }
        } else if (FlywayReplayKeys.FLYWAY.contains(name)) {
          List<String> list = values(value);
          if (!list.isEmpty()) {
            replay.put("flyway." + name, String.join(",", list));
          }
        }
      }
    }

    private static boolean isReplayed(String name) {
      return FlywayReplayKeys.FLYWAY.contains(name) || name.startsWith(PLACEHOLDERS + ".");
    }
  }

  /** A TOML value or array of values as text; empty for a table or blank text. */
  private static List<String> values(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> text(n).ifPresent(out::add));
    } else {
      text(node).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isValueNode() && !node.asText().isBlank()
        ? Optional.of(node.asText().strip())
        : Optional.empty();
  }
}
