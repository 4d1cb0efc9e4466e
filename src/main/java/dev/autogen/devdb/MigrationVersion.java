package dev.autogen.devdb;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Flyway migration version: parts split on {@code .} and {@code _}, compared numerically part by
 * part, trailing zero parts ignored (so {@code 1.2 < 1.10 < 2} and {@code 1 == 1.0}).
 */
record MigrationVersion(List<BigInteger> parts) implements Comparable<MigrationVersion> {
  MigrationVersion {
    parts = List.copyOf(parts);
  }

  /** The version written as in a file name ({@code 1_2} or {@code 1.2}); empty if not numeric. */
  static Optional<MigrationVersion> parse(String text) {
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
