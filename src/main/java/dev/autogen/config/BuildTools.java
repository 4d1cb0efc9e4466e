package dev.autogen.config;

import java.util.regex.Pattern;

/**
 * The migration tools a project's build file depends on, as Spring Boot's auto-configuration would
 * find them on the class path: {@code liquibase-core} or {@code flyway-core} (directly or through
 * Spring Boot 4's {@code spring-boot-starter-liquibase} / {@code -flyway}). A plugin of the same
 * tool ({@code liquibase-maven-plugin}) does not count: it runs outside the application.
 */
record BuildTools(boolean liquibase, boolean flyway) {
  private static final Pattern LIQUIBASE =
      Pattern.compile("\\b(liquibase-core|spring-boot-starter-liquibase)\\b");
  private static final Pattern FLYWAY =
      Pattern.compile("\\b(flyway-core|spring-boot-starter-flyway)\\b");

  /** Reads the text of the build files (pom.xml, build.gradle, build.gradle.kts). */
  static BuildTools of(String buildFiles) {
    return new BuildTools(LIQUIBASE.matcher(buildFiles).find(), FLYWAY.matcher(buildFiles).find());
  }
}
