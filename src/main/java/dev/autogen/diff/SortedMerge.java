package dev.autogen.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks two lists sorted by a key in one pass and reports what only the current side has, what only
 * the desired side has, and pairs present on both. Every object kind in the differ uses it, so the
 * differ stays linear after sorting (no nested matching loops).
 */
final class SortedMerge {

  private SortedMerge() {}

  static <T, K extends Comparable<? super K>> void merge(
      List<T> current,
      List<T> desired,
      Function<T, K> key,
      Consumer<T> onlyCurrent,
      Consumer<T> onlyDesired,
      BiConsumer<T, T> both) {
    List<T> c = sorted(current, key);
    List<T> d = sorted(desired, key);
    int i = 0;
    int j = 0;
    while (i < c.size() || j < d.size()) {
      int cmp =
          i == c.size()
              ? 1
              : j == d.size() ? -1 : key.apply(c.get(i)).compareTo(key.apply(d.get(j)));
      if (cmp < 0) {
        onlyCurrent.accept(c.get(i++));
      } else if (cmp > 0) {
        onlyDesired.accept(d.get(j++));
      } else {
        both.accept(c.get(i++), d.get(j++));
      }
    }
  }

  private static <T, K extends Comparable<? super K>> List<T> sorted(
      List<T> items, Function<T, K> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return copy;
  }
}
