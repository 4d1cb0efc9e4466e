package dev.autogen.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The properties a Spring Boot application would see at start-up, as far as its project folder
 * tells: {@code application.properties}/{@code .yml}/{@code .yaml} in {@code src/main/resources}
 * and its {@code config/} folder, then {@code application-<profile>.*} for each active profile
 * (later profiles win), each overridden by the environment variable Spring binds to the name
 * ({@code SPRING_DATASOURCE_URL}). Values come with their {@code ${...}} placeholders resolved.
 *
 * <p>Active profiles: the ones given (autogen's {@code --profile}), else {@code
 * SPRING_PROFILES_ACTIVE}, else {@code spring.profiles.active} of the files.
 */
final class SpringEnvironment {
  static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final List<Path> LOCATIONS = List.of(RESOURCES, RESOURCES.resolve("config"));
  // lowest precedence first: .properties wins over YAML in the same folder, as in Spring Boot
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".properties");

  private final Function<String, String> env;
  private final List<String> profiles;
  private final List<String> files;
  // lowest precedence first
  private final List<SpringDocument> documents;

  private SpringEnvironment(
      Function<String, String> env,
      List<String> profiles,
      List<String> files,
      List<SpringDocument> documents) {
    this.env = env;
    this.profiles = List.copyOf(profiles);
    this.files = List.copyOf(files);
    this.documents = List.copyOf(documents);
  }

  /**
   * @param project the project folder (holding {@code src/main/resources})
   * @param profiles the profiles to activate; empty: as Spring Boot would choose them
   * @throws ConfigException when a file cannot be read or parsed
   */
  static SpringEnvironment load(Path project, List<String> profiles, Function<String, String> env) {
    List<String> files = new ArrayList<>();
    List<SpringDocument> base = documents(project, "application", files);
    List<String> active = profiles;
    if (active.isEmpty()) {
      String fromEnv = env.apply("SPRING_PROFILES_ACTIVE");
      String value =
          fromEnv != null && !fromEnv.isBlank()
              ? fromEnv
              : lastValue(base, "spring.profiles.active").orElse("");
      active = names(value);
    }
    List<SpringDocument> all = new ArrayList<>(base);
    for (String profile : active) {
      all.addAll(documents(project, "application-" + profile, files));
    }
    final List<String> chosen = active;
    List<SpringDocument> applying = all.stream().filter(d -> d.appliesTo(chosen)).toList();
    return new SpringEnvironment(env, active, files, applying);
  }

  List<String> profiles() {
    return profiles;
  }

  /** The files read, relative to the project folder, in the order they were read. */
  List<String> files() {
    return files;
  }

  /** Whether any applying document has a {@code spring.*} property. */
  boolean hasSpringKeys() {
    return documents.stream()
        .flatMap(d -> d.properties().keySet().stream())
        .anyMatch(k -> k.startsWith("spring."));
  }

  /**
   * The value of a property with its placeholders resolved, and where it was found.
   *
   * @throws ConfigException when a placeholder in it has no value
   */
  Optional<Sourced<String>> get(String name) {
    String variable = EnvironmentNames.of(name);
    String fromEnv = env.apply(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return Optional.of(
          new Sourced<>(resolve(fromEnv, "environment " + variable), "environment " + variable));
    }
    for (int i = documents.size() - 1; i >= 0; i--) {
      SpringDocument d = documents.get(i);
      Optional<String> value = d.get(name);
      if (value.isPresent()) {
        String where = d.origin() + " (" + name + ")";
        return Optional.of(new Sourced<>(resolve(value.get(), where), where));
      }
    }
    return Optional.empty();
  }

  /**
   * A list property: a comma-separated value, or YAML list items ({@code name[0]}, {@code
   * name[1]}...).
   */
  Optional<Sourced<List<String>>> list(String name) {
    Optional<Sourced<String>> whole = get(name);
    if (whole.isPresent()) {
      return whole.map(s -> s.map(SpringEnvironment::names));
    }
    List<String> items = new ArrayList<>();
    String source = null;
    for (int i = 0; ; i++) {
      Optional<Sourced<String>> item = get(name + "[" + i + "]");
      if (item.isEmpty()) {
        break;
      }
      items.add(item.get().value().strip());
      source = source == null ? item.get().source() : source;
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(new Sourced<>(items, source));
  }

  /**
   * The entries of a map property ({@code spring.flyway.placeholders.*}) under their names as
   * written, values resolved; a later file's entry replaces an earlier one's.
   */
  Map<String, String> map(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    String wanted = EnvironmentNames.canonical(prefix + ".");
    for (SpringDocument d : documents) {
      for (Map.Entry<String, String> e : d.properties().entrySet()) {
        String key = e.getKey();
        int cut = prefixLength(key, prefix);
        if (cut > 0 && EnvironmentNames.canonical(key.substring(0, cut)).equals(wanted)) {
          String entry = key.substring(cut);
          if (entry.startsWith("[") && entry.endsWith("]")) {
            entry = entry.substring(1, entry.length() - 1);
          }
          out.put(entry, resolve(e.getValue(), d.origin() + " (" + key + ")"));
        }
      }
    }
    return out;
  }

  /** Where a key's entry name starts after {@code prefix.}, or -1. */
  private static int prefixLength(String key, String prefix) {
    int dots = prefix.split("\\.").length;
    int at = 0;
    for (int i = 0; i < dots; i++) {
      at = key.indexOf('.', at);
      if (at < 0) {
        return -1;
      }
      at++;
    }
    return at < key.length() ? at : -1;
  }

  private String resolve(String value, String where) {
    return Placeholders.resolve(value, this::placeholder, where);
  }

  /** A placeholder's value: the environment, then the properties of the files, unresolved. */
  private Optional<String> placeholder(String name) {
    for (String variable : List.of(name, EnvironmentNames.of(name))) {
      String value = env.apply(variable);
      if (value != null) {
        return Optional.of(value);
      }
    }
    for (int i = documents.size() - 1; i >= 0; i--) {
      Optional<String> value = documents.get(i).get(name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static List<SpringDocument> documents(Path project, String name, List<String> files) {
    List<SpringDocument> out = new ArrayList<>();
    for (Path location : LOCATIONS) {
      for (String extension : EXTENSIONS) {
        Path relative = location.resolve(name + extension);
        Path file = project.resolve(relative);
        if (Files.isRegularFile(file)) {
          String origin = relative.toString().replace('\\', '/');
          files.add(origin);
          out.addAll(SpringFiles.read(file, origin));
        }
      }
    }
    return out;
  }

  private static Optional<String> lastValue(List<SpringDocument> documents, String name) {
    Optional<String> found = Optional.empty();
    for (SpringDocument d : documents) {
      Optional<String> value = d.get(name);
      if (d.onProfile().isEmpty() && value.isPresent()) {
        found = value;
      }
    }
    return found;
  }

  static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
