package dev.autogen.it;

import java.util.List;

/**
 * A choice sequence the schema-pair generator reads its decisions from: each decision takes the
 * next number modulo its number of options, and 0 (the simplest option) once the list is used up.
 * jqwik shrinks the list (shorter, smaller numbers), which shrinks the generated pair with it.
 */
final class Choices {

  private final List<Integer> values;
  private int next;

  Choices(List<Integer> values) {
    this.values = List.copyOf(values);
  }

  /** A number in {@code [0, bound)}. */
  int next(int bound) {
    if (next >= values.size()) {
      return 0;
    }
    return Math.floorMod(values.get(next++), bound);
  }

  boolean oneIn(int n) {
    return next(n) == n - 1;
  }

  <T> T pick(List<T> options) {
    return options.get(next(options.size()));
  }
}
