package dev.autogen.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's version, as far as capabilities depend on it. Parsed from what JDBC reports
 * ({@code 15.4}, {@code 15.4 (Debian 15.4-1)}, {@code 9.6.24}, {@code 16beta2}).
 */
public record ServerVersion(int major, int minor) implements Comparable<ServerVersion> {

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

  public static Optional<ServerVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = NUMBERS.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    // before PostgreSQL 10 the major version was two numbers (9.6); 9.6 sorts below 10.0 anyway
    return Optional.of(new ServerVersion(major, minor));
  }

  public boolean atLeast(int major) {
    return this.major >= major;
  }

  @Override
  public int compareTo(ServerVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
