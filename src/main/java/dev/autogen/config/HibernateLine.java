package dev.autogen.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate ORM major version a project's build brings, and where that was read: an explicit
 * {@code hibernate-core} version or Spring Boot's {@code hibernate.version} override first, else
 * the Spring Boot version (2.x brings Hibernate 5, 3.x brings 6, 4.x brings 7). Read from the text
 * of {@code pom.xml} and {@code build.gradle(.kts)}, as {@link BuildTools} reads the migration
 * tools; a version held in a parent pom or a version catalog elsewhere is not found.
 *
 * @param major the Hibernate major version
 * @param source what it was read from, e.g. {@code pom.xml: spring-boot-starter-parent 3.5.0}
 */
public record HibernateLine(int major, String source) {

  /** An explicit hibernate-core version: Maven's element, Gradle's coordinates. */
  private static final Pattern CORE =
      Pattern.compile(
          "<artifactId>\\s*hibernate-core\\s*</artifactId>\\s*<version>\\s*([^<\\s]+)\\s*</version>"
              + "|org\\.hibernate(?:\\.orm)?:hibernate-core:([0-9][^'\"\\s]*)");

  /** Spring Boot's property that overrides the Hibernate version it manages. */
  private static final Pattern OVERRIDE =
      Pattern.compile(
          "<hibernate\\.version>\\s*([^<\\s]+)\\s*</hibernate\\.version>"
              + "|(?:ext|extra)\\s*\\[\\s*['\"]hibernate\\.version['\"]\\s*\\]\\s*=\\s*['\"]([^'\"]+)['\"]");

  /** A Spring Boot version: Maven's parent or BOM import, Gradle's plugin. */
  private static final Pattern BOOT =
      Pattern.compile(
          "<artifactId>\\s*(spring-boot-starter-parent|spring-boot-dependencies)\\s*</artifactId>"
              + "\\s*<version>\\s*([^<\\s]+)\\s*</version>"
              + "|id\\s*\\(?\\s*['\"](org\\.springframework\\.boot)['\"]\\s*\\)?\\s*version\\s*['\"]"
              + "([^'\"]+)['\"]"
              + "|(spring-boot-gradle-plugin):([0-9][^'\"\\s)]*)");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  /** The line {@code text}, the build file {@code file}, brings, if it says. */
  static Optional<HibernateLine> of(String file, String text) {
    Matcher core = CORE.matcher(text);
    if (core.find()) {
      String version = resolved(text, group(core, 1, 2));
      return major(version).map(m -> new HibernateLine(m, file + ": hibernate-core " + version));
    }
    Matcher override = OVERRIDE.matcher(text);
    if (override.find()) {
      String version = group(override, 1, 2);
      return major(version).map(m -> new HibernateLine(m, file + ": hibernate.version " + version));
    }
    Matcher boot = BOOT.matcher(text);
    if (boot.find()) {
      String what =
          boot.group(1) != null
              ? boot.group(1)
              : boot.group(3) != null ? boot.group(3) : boot.group(5);
      String version = resolved(text, group(boot, 2, 4, 6));
      return major(version)
          .flatMap(HibernateLine::fromBoot)
          .map(m -> new HibernateLine(m, file + ": " + what + " " + version));
    }
    return Optional.empty();
  }

  /** Spring Boot's Hibernate line: 2.x brings 5, 3.x brings 6, 4.x brings 7. */
  private static Optional<Integer> fromBoot(int boot) {
    return boot >= 2 && boot <= 4 ? Optional.of(boot + 3) : Optional.empty();
  }

  private static String group(Matcher m, int... groups) {
    for (int g : groups) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  /** A Maven {@code ${property}} replaced by the pom's own value of it, when it has one. */
  private static String resolved(String text, String version) {
    Matcher p = PROPERTY.matcher(version);
    if (!p.matches()) {
      return version;
    }
    String name = Pattern.quote(p.group(1));
    Matcher value =
        Pattern.compile("<" + name + ">\\s*([^<\\s]+)\\s*</" + name + ">").matcher(text);
    return value.find() ? value.group(1) : version;
  }

  private static Optional<Integer> major(String version) {
    Matcher m = Pattern.compile("\\A(\\d+)\\.").matcher(version);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /**
   * The note for a line before 7, or none: what autogen follows of that line, what not, and where
   * the differences are listed.
   */
  public Optional<String> note() {
    if (major >= 7) {
      return Optional.empty();
    }
    if (major == 6) {
      return Optional.of(
          source
              + " brings Hibernate 6.x; autogen follows it for quoted names under Spring's naming"
              + " and otherwise maps entities as Hibernate 7 does: where the two differ (a"
              + " class-level @Access, the scope of a @SequenceGenerator; docs/mappings.md lists"
              + " them), the schema it expects is 7's");
    }
    return Optional.of(
        source
            + " brings Hibernate "
            + major
            + ".x; autogen follows it for quoted names under Spring's naming and otherwise maps"
            + " entities as Hibernate 7 does, and Hibernate "
            + major
            + " differs in more than docs/mappings.md lists: the schema it expects is 7's");
  }
}
