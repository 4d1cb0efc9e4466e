package dev.autogen.entities;

import java.util.Comparator;

/**
 * Where Hibernate binds a basic field among the fields of its table, which decides the definition
 * of a column two basic fields map: the table keeps the first bound. Hibernate 7 binds the
 * identifier first, then each class level from the topmost superclass down, and within a level the
 * attributes sorted by name (an embedded field's columns at its embedding attribute's place), not
 * in declaration order (differential set {@code two_basic_fields}).
 *
 * @param id whether the field is (part of) the identifier
 * @param level the class level, 0 for the topmost
 * @param path the attribute path from the entity ({@code part.value})
 */
record BindingOrder(boolean id, int level, String path) implements Comparable<BindingOrder> {

  // '.' sorts before the characters of a Java name, so paths compare as their attribute names do
  private static final Comparator<BindingOrder> ORDER =
      Comparator.comparing((BindingOrder b) -> !b.id())
          .thenComparingInt(BindingOrder::level)
          .thenComparing(BindingOrder::path);

  @Override
  public int compareTo(BindingOrder other) {
    return ORDER.compare(this, other);
  }
}
