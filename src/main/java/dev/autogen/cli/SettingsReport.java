package dev.autogen.cli;

import dev.autogen.config.ConfigException;
import dev.autogen.config.Sourced;
import dev.autogen.config.SpringBootConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints where the settings came from ({@code diff --verbose}) and what the project's Spring Boot
 * configuration asks for that autogen cannot do yet (always, one line each, on stderr).
 */
final class SettingsReport {
  private SettingsReport() {}

  /** One {@code autogen: note:} line per thing autogen read but does not act on. */
  static void notes(PrintWriter err, Settings s) {
    List<String> notes;
    try {
      notes = s.spring().notes();
    } catch (ConfigException e) {
      notes = List.of(e.getMessage());
    }
    notes.forEach(n -> err.println("autogen: note: " + n));
    s.flywayFiles().notes().forEach(n -> err.println("autogen: note: " + n));
  }

  /** The Spring Boot project facts, then each setting's value and source. */
  static void origins(PrintWriter err, Settings s) {
    err.println("settings:");
    SpringBootConfig spring = s.spring();
    err.println(
        "  Hibernate: "
            + spring
                .hibernate()
                .map(h -> h.major() + ".x (" + h.source() + ")")
                .orElse("not named by the build file; autogen maps as 7.x"));
    if (spring.isSpringBoot()) {
      err.println("  Spring Boot project: " + spring.detectedBy().orElseThrow());
      err.println(
          "  Spring configuration: "
              + (spring.files().isEmpty()
                  ? "(no application.* files)"
                  : String.join(", ", spring.files()))
              + (spring.profiles().isEmpty()
                  ? ""
                  : "; profiles: " + String.join(", ", spring.profiles())));
      try {
        spring
            .implicitNaming()
            .ifPresent(
                i ->
                    err.println(
                        "  implicit naming = "
                            + i.value()
                            + "  ("
                            + i.source()
                            + "; reported only)"));
        if (!spring.flywayPlaceholders().isEmpty()) {
          err.println(
              "  Flyway placeholders: " + String.join(", ", spring.flywayPlaceholders().keySet()));
        }
      } catch (ConfigException e) {
        err.println("  " + e.getMessage());
      }
    }
    for (Map.Entry<String, Sourced<String>> e : s.origins().entrySet()) {
      err.println(
          "  " + e.getKey() + " = " + e.getValue().value() + "  (" + e.getValue().source() + ")");
    }
    for (Sourced<String> table : s.toolTables()) {
      err.println("  migration tool table = " + table.value() + "  (" + table.source() + ")");
    }
  }
}
