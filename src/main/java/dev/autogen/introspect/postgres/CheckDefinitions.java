package dev.autogen.introspect.postgres;

import java.util.List;

/**
 * Turns {@code pg_get_constraintdef} text of a check constraint ({@code CHECK ((qty >= 0)) NOT
 * VALID}) into the bare condition ({@code (qty >= 0)}), before the dialect normalises it.
 */
final class CheckDefinitions {

  /** Trailing flags the server appends; they describe the constraint, not its condition. */
  private static final List<String> SUFFIXES = List.of(" NOT VALID", " NO INHERIT");

  private static final String PREFIX = "CHECK (";

  private CheckDefinitions() {}

  static String condition(String definition) {
    String text = definition.trim();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String suffix : SUFFIXES) {
        if (text.endsWith(suffix)) {
          text = text.substring(0, text.length() - suffix.length()).trim();
          stripped = true;
        }
      }
    }
    if (text.startsWith(PREFIX) && text.endsWith(")")) {
      text = text.substring(PREFIX.length(), text.length() - 1).trim();
    }
    return text;
  }
}
