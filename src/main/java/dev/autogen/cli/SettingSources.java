package dev.autogen.cli;

import dev.autogen.config.ConfigException;
import dev.autogen.config.Sourced;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Picks a setting from the first place that has it (option, environment, autogen's config file, the
 * Spring Boot configuration) and remembers where that was, for {@code --verbose}.
 */
final class SettingSources {
  private final Function<String, String> env;
  private final Properties props;
  private final Path configFile;
  private final Map<String, Sourced<String>> origins = new LinkedHashMap<>();
  private final java.util.Set<String> fromSpring = new java.util.HashSet<>();

  SettingSources(Function<String, String> env, Properties props, Path configFile) {
    this.env = env;
    this.props = props;
    this.configFile = configFile;
  }

  /**
   * The option, else the environment variable {@code envName} (when not null), else the config
   * file's {@code key}, else the Spring Boot configuration's value.
   */
  Optional<String> first(
      String key, String option, String envName, Supplier<Optional<Sourced<String>>> spring) {
    if (option != null) {
      return Optional.of(note(key, option, "option --" + key));
    }
    String fromEnv = envName == null ? null : env.apply(envName);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return Optional.of(note(key, fromEnv, "environment " + envName));
    }
    String property = props.getProperty(key);
    if (property != null) {
      return Optional.of(note(key, property, configFile + " (" + key + ")"));
    }
    return spring(key, spring);
  }

  /** The Spring Boot configuration's value, noted; its errors are usage errors. */
  <T> Optional<T> spring(String key, Supplier<Optional<Sourced<T>>> spring) {
    Optional<Sourced<T>> value = read(spring);
    value.ifPresent(v -> fromSpring.add(key));
    return value.map(v -> note(key, v.value(), v.source()));
  }

  /** A value of a migration tool's own files ({@code flyway.conf}), noted; errors as Spring's. */
  <T> Optional<T> toolFile(String key, Supplier<Optional<Sourced<T>>> tool) {
    return read(tool).map(v -> note(key, v.value(), v.source()));
  }

  private static <T> Optional<Sourced<T>> read(Supplier<Optional<Sourced<T>>> file) {
    try {
      return file.get();
    } catch (ConfigException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Whether the setting came from the Spring Boot configuration. */
  boolean fromSpring(String key) {
    return fromSpring.contains(key);
  }

  /** Records where a setting's value came from and returns the value. */
  <T> T note(String key, T value, String source) {
    String shown =
        key.equals("password")
            ? "****"
            : key.equals("url")
                ? dev.autogen.dialect.Dialects.redact(String.valueOf(value))
                : String.valueOf(value);
    origins.put(key, new Sourced<>(shown, source));
    return value;
  }

  /** Setting name to its shown value (passwords masked) and source, in resolution order. */
  Map<String, Sourced<String>> origins() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }
}
