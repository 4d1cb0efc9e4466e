package dev.autogen.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's version, as far as capabilities depend on it. Parsed from what JDBC reports
 * ({@code 15.4}, {@code 15.4 (Debian 15.4-1)}, {@code 9.6.24}, {@code 16beta2}, {@code 8.0.35},
 * {@code 10.11.6-MariaDB-0+deb12u1}). MySQL facts change within a minor version (8.0.12, 8.0.29),
 * hence the patch number.
 */
public record ServerVersion(int major, int minor, int patch) implements Comparable<ServerVersion> {

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  public ServerVersion(int major, int minor) {
    this(major, minor, 0);
  }

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
    int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    // before PostgreSQL 10 the major version was two numbers (9.6); 9.6 sorts below 10.0 anyway
    return Optional.of(new ServerVersion(major, minor, patch));
  }

  public boolean atLeast(int major) {
    return this.major >= major;
  }

  /** Whether this version is {@code major.minor.patch} or later. */
  public boolean atLeast(int major, int minor, int patch) {
    return compareTo(new ServerVersion(major, minor, patch)) >= 0;
  }

  @Override
  public int compareTo(ServerVersion o) {
    if (major != o.major) {
      return Integer.compare(major, o.major);
    }
    return minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
  }
}
