package dev.autogen.render;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import java.util.List;

/**
 * What the file-layout templates ({@code flyway/migration.sql}, {@code flyway/undo.sql}) see for
 * one step. Free text is already safe inside a {@code --} comment (line breaks continue the
 * comment); timeouts are already SQL literals ({@code lockTimeoutSeconds} in whole seconds). {@code
 * flywayVersion} is the step's version as Flyway records it in its history table ({@code _} read as
 * {@code .}), for the undo header's instructions.
 */
record FileView(
    String revision,
    String flywayVersion,
    int number,
    int total,
    String phase,
    String title,
    String why,
    String next,
    boolean reversible,
    boolean outsideTransaction,
    List<ChangeLine> changes,
    String lockTimeout,
    String lockTimeoutSeconds,
    String statementTimeout,
    boolean longRunning,
    List<String> statements) {

  FileView {
    changes = List.copyOf(changes);
    statements = List.copyOf(statements);
  }

  /** One carried change: {@code <kind> <table>[.<column>]: <compatibility> — <reason>}. */
  record ChangeLine(
      String kind, String target, String compatibility, String reason, List<HazardLine> hazards) {
    ChangeLine {
      hazards = List.copyOf(hazards);
    }

    static ChangeLine of(Assessment a) {
      String target =
          a.change().tableName().value()
              + a.change().columnName().map(c -> "." + c.value()).orElse("")
              + a.change().objectName().map(n -> " (" + n.value() + ")").orElse("");
      return new ChangeLine(
          comment(a.change().kind()),
          comment(target),
          a.compatibility().word(),
          comment(a.reason()),
          a.hazards().stream().map(HazardLine::of).toList());
    }
  }

  record HazardLine(String code, String message) {
    static HazardLine of(Hazard h) {
      return new HazardLine(h.code().code(), comment(h.message()));
    }
  }

  /** Text placed after {@code --}: a line break would end the comment, so it continues it. */
  static String comment(String text) {
    return text.strip().replaceAll("\\R", "\n-- ");
  }
}
