package dev.autogen.render;

import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.Identifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Column attributes looked up by table and column, in the order they were given: the one index that
 * {@link CarriedColumnAttributes} extends and {@link StatementViewBuilder} reads.
 */
final class AttributesByColumn {

  private record Key(Identifier table, Identifier column) {}

  private final Map<Key, ColumnAttributes> byColumn = new LinkedHashMap<>();

  AttributesByColumn(List<ColumnAttributes> attributes) {
    attributes.forEach(a -> byColumn.put(new Key(a.table(), a.column()), a));
  }

  /** The attributes of {@code column} of {@code table}, if it has any. */
  Optional<ColumnAttributes> get(Identifier table, Identifier column) {
    return Optional.ofNullable(byColumn.get(new Key(table, column)));
  }

  /**
   * Gives {@code to} the attributes of {@code from} (both of {@code table}) unless {@code to} has
   * its own; whether it did.
   */
  boolean carry(Identifier table, Identifier from, Identifier to) {
    Optional<ColumnAttributes> source = get(table, from);
    if (source.isEmpty() || byColumn.containsKey(new Key(table, to))) {
      return false;
    }
    byColumn.put(new Key(table, to), source.get().forColumn(table, to));
    return true;
  }

  List<ColumnAttributes> values() {
    return List.copyOf(byColumn.values());
  }
}
