package dev.autogen.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeout given as PostgreSQL interval text ({@code 5s}, {@code 500ms}, {@code 2min}; a bare
 * number is milliseconds, as PostgreSQL reads it) in whole seconds, rounded up and at least 1, for
 * servers whose timeouts count seconds (MySQL's {@code lock_wait_timeout}).
 */
final class TimeoutSeconds {

  private static final Pattern INTERVAL =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|min|m|h)?", Pattern.CASE_INSENSITIVE);

  private TimeoutSeconds() {}

  /** The seconds, or empty text when the value is not an interval this reads. */
  static String of(String interval) {
    Matcher m = INTERVAL.matcher(interval.strip());
    if (!m.matches()) {
      return "";
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
    double seconds =
        switch (unit) {
          case "ms" -> n / 1000;
          case "min", "m" -> n * 60;
          case "h" -> n * 3600;
          default -> n;
        };
    return Long.toString(Math.max(1, (long) Math.ceil(seconds)));
  }
}
