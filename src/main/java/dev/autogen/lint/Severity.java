package dev.autogen.lint;

import java.util.Locale;

/** How bad a finding is; {@code --fail-on} picks the lowest severity that fails the build. */
public enum Severity {
  /** Risky or often wrong; worth a look in review. */
  WARNING,
  /** Breaks the running application, loses data, or blocks a table: must be fixed or allowed. */
  ERROR;

  /** The word used in every report, e.g. {@code error}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named {@code word} (case-insensitive). */
  public static Severity parse(String word) {
    return valueOf(word.strip().toUpperCase(Locale.ROOT));
  }
}
