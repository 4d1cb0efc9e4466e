package dev.autogen.devdb;

import java.util.Objects;

/**
 * One statement cut out of a SQL script by {@link SqlScript}: its text (trimmed, without the
 * terminating semicolon) and the 1-based line of the script on which it starts, so that a failure
 * can point at the right place in the file.
 */
public record SqlStatement(String text, int line) {
  public SqlStatement {
    Objects.requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }
}
