package dev.autogen.devdb;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Flyway migration version: parts split on {@code .} and {@code _}, compared numerically part by
 * part, trailing zero parts ignored (so {@code 1.2 < 1.10 < 2} and {@code 1 == 1.0}). The one place
 * that knows how Flyway reads and compares the version in a script's name.
 */
public record MigrationVersion(List<BigInteger> parts) implements Comparable<MigrationVersion> {
  public MigrationVersion {
    parts = List.copyOf(parts);
  }

  /**
   * The version a script's name carries after its prefix letter, as written: {@code 1_2} for {@code
   * V1_2__add_email.sql}; empty when the name is not {@code <prefix><version>__<description>.sql}
   * (Flyway's version ends at the first {@code __}).
   */
  public static Optional<String> writtenIn(String fileName, char prefix) {
    int separator = fileName.indexOf("__");
    if (separator < 2 || fileName.charAt(0) != prefix || !fileName.endsWith(".sql")) {
      return Optional.empty();
    }
    return Optional.of(fileName.substring(1, separator));
  }

  /** The version written as in a file name ({@code 1_2} or {@code 1.2}); empty if not numeric. */
  public static Optional<MigrationVersion> parse(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]", -1)) {
      if (part.isEmpty() || !part.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return Optional.empty();
      }
      parts.add(new BigInteger(part));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return Optional.of(new MigrationVersion(parts));
  }

  @Override
  public int compareTo(MigrationVersion other) {
    int common = Math.min(parts.size(), other.parts.size());
    for (int i = 0; i < common; i++) {
      int c = parts.get(i).compareTo(other.parts.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(parts.size(), other.parts.size());
  }
}
