package dev.autogen.lint;

import java.util.Objects;

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
}
