package dev.autogen.config;

import java.util.Locale;

/**
 * The environment variable Spring Boot binds to a property name: dots become underscores, dashes
 * are dropped, upper case ({@code spring.datasource.url} is {@code SPRING_DATASOURCE_URL}).
 */
final class EnvironmentNames {
  private EnvironmentNames() {}

  static String of(String property) {
    return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
  }

  /**
   * The form two property names are compared in, as Spring's relaxed binding does: {@code
   * physical-strategy}, {@code physicalStrategy} and {@code physical_strategy} are one name.
   */
  static String canonical(String property) {
    return property.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }
}
