package dev.autogen.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * A lint rule as reports describe it: a stable code (documented in {@code docs/rules.md}, used in
 * {@code -- autogen:allow CODE reason}), its severity, what it catches in one line, and the safe
 * alternative.
 */
public record Rule(String code, Severity severity, String title, String alternative) {
  public Rule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(alternative, "alternative");
  }

  /** A rule whose findings fail the build by default. */
  public static Rule error(String code, String title, String alternative) {
    return new Rule(code, Severity.ERROR, title, alternative);
  }

  /** A rule whose findings fail the build only under {@code --fail-on warning}. */
  public static Rule warning(String code, String title, String alternative) {
    return new Rule(code, Severity.WARNING, title, alternative);
  }

  /** This rule's finding on the statement at {@code line}, about {@code subject} if any. */
  public Violation at(int line, String message, Optional<String> subject) {
    return new Violation(this, line, message, subject);
  }
}
