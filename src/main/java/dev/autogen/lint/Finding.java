package dev.autogen.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a migration file.
 *
 * @param file the file as given to the linter (relative to the working directory when it was)
 * @param line 1-based line of the statement (1 for findings about the whole change)
 * @param rule the rule that found it
 * @param message what breaks, naming the objects
 * @param subject the object concerned ({@code table} or {@code table.column}), used to relate
 *     statement and schema findings; not shown
 * @param allowedBecause the reason of a matching {@code -- autogen:allow} comment: a suppressed
 *     finding is reported with its reason but never fails the build
 */
public record Finding(
    String file,
    int line,
    Rule rule,
    String message,
    Optional<String> subject,
    Optional<String> allowedBecause) {
  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(allowedBecause, "allowedBecause");
  }

  public boolean suppressed() {
    return allowedBecause.isPresent();
  }

  public Finding allowed(String reason) {
    return new Finding(file, line, rule, message, subject, Optional.of(reason));
  }
}
