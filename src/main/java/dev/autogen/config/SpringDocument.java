package dev.autogen.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document of a Spring Boot configuration file (a file, or a part of one between {@code ---} /
 * {@code #---} separators): its properties under their dotted names as written, and the profiles it
 * is for ({@code spring.config.activate.on-profile}; empty when it always applies).
 *
 * @param origin the file, relative to the project folder
 */
record SpringDocument(String origin, Map<String, String> properties, List<String> onProfile) {
  static final String ON_PROFILE = "spring.config.activate.on-profile";

  SpringDocument {
    properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    onProfile = List.copyOf(onProfile);
  }

  static SpringDocument of(String origin, Map<String, String> properties) {
    String condition =
        find(properties, ON_PROFILE).or(() -> find(properties, "spring.profiles")).orElse("");
    List<String> profiles =
        java.util.Arrays.stream(condition.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new SpringDocument(origin, properties, profiles);
  }

  /** Whether the document applies with these profiles active: one of its profiles matches. */
  boolean appliesTo(List<String> active) {
    if (onProfile.isEmpty()) {
      return true;
    }
    for (String p : onProfile) {
      boolean negated = p.startsWith("!");
      String name = negated ? p.substring(1).strip() : p;
      if (active.contains(name) != negated) {
        return true;
      }
    }
    return false;
  }

  /** The value of a property, its name compared as Spring's relaxed binding does. */
  Optional<String> get(String name) {
    return find(properties, name);
  }

  private static Optional<String> find(Map<String, String> properties, String name) {
    String wanted = EnvironmentNames.canonical(name);
    String found = null;
    for (Map.Entry<String, String> e : properties.entrySet()) {
      if (EnvironmentNames.canonical(e.getKey()).equals(wanted)) {
        found = e.getValue();
      }
    }
    return Optional.ofNullable(found);
  }
}
