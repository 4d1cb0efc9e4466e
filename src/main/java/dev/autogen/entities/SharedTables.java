package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Entities mapped to one table (a full entity and its light read views): Hibernate binds them all
 * to one table object, so the table it exports holds every column any of them maps. A column two
 * entities map keeps the definition of the one bound first ({@code Table.addColumn} leaves a known
 * column alone); here the first is the first by class name, the order entities are mapped in.
 */
final class SharedTables {
  private SharedTables() {}

  /**
   * The table {@code first} maps with what {@code later} adds to it.
   *
   * @param added the columns only {@code later} maps
   * @param conflicting the columns both map, defined differently ({@code first}'s is kept)
   */
  record Merged(Table table, Set<Identifier> added, List<Identifier> conflicting) {}

  static Merged merge(Table first, Table later) {
    List<Column> columns = new ArrayList<>(first.columns());
    Set<Identifier> added = new HashSet<>();
    List<Identifier> conflicting = new ArrayList<>();
    for (Column column : later.columns()) {
      first
          .column(column.name())
          .ifPresentOrElse(
              known -> {
                if (!known.equals(column)) {
                  conflicting.add(column.name());
                }
              },
              () -> {
                columns.add(column);
                added.add(column.name());
              });
    }
    Table table =
        new Table(
            first.name(),
            columns,
            first.primaryKey().or(later::primaryKey),
            union(first.uniques(), later.uniques(), u -> Set.copyOf(u.columns())),
            union(first.indexes(), later.indexes(), i -> i.name()),
            union(first.foreignKeys(), later.foreignKeys(), f -> f.columns()),
            union(first.checks(), later.checks(), c -> c.expression()));
    return new Merged(table, added, conflicting);
  }

  /** {@code first} and the elements of {@code later} whose key none of {@code first} has. */
  private static <T> List<T> union(List<T> first, List<T> later, Function<T, Object> key) {
    List<T> all = new ArrayList<>(first);
    Set<Object> known = new HashSet<>(first.stream().map(key).toList());
    later.stream().filter(e -> known.add(key.apply(e))).forEach(all::add);
    return all;
  }
}
