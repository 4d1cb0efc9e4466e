package dev.autogen.dialect;

import java.util.OptionalInt;

/**
 * Size facets of a mapped column as the mapping states them; absent facets take the dialect's
 * defaults (Hibernate: length 255, precision 38, scale 2, fractional seconds 6).
 */
public record ColumnSize(OptionalInt length, OptionalInt precision, OptionalInt scale) {
  public static ColumnSize none() {
    return new ColumnSize(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
  }

  public static ColumnSize length(int length) {
    return new ColumnSize(OptionalInt.of(length), OptionalInt.empty(), OptionalInt.empty());
  }
}
