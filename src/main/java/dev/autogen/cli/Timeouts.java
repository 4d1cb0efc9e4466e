package dev.autogen.cli;

import dev.autogen.devdb.ConnectTimeouts;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code --connect-timeout} and {@code --socket-timeout} (or the config keys of the same
 * names): a number with an optional unit, {@code ms}, {@code s} (the default) or {@code m}.
 */
final class Timeouts {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

  private Timeouts() {}

  static ConnectTimeouts resolve(String connectOption, String socketOption, Properties props) {
    Duration connect =
        parse(
            "connect-timeout",
            connectOption != null ? connectOption : props.getProperty("connect-timeout"),
            ConnectTimeouts.DEFAULT.connect());
    Duration socket =
        parse(
            "socket-timeout",
            socketOption != null ? socketOption : props.getProperty("socket-timeout"),
            ConnectTimeouts.DEFAULT.socket());
    return new ConnectTimeouts(connect, socket);
  }

  static Duration parse(String name, String value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    Matcher m = DURATION.matcher(value.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new UserError(
          ExitCode.USAGE,
          "--" + name + " '" + value + "' is not a positive duration such as 10s, 500ms or 2m");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
