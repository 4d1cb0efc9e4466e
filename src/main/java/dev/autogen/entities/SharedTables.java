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
 * A table two mappings share, bound as Hibernate binds it: one table object, found by its name by
 * every later mapping.
 *
 * <ul>
 *   <li>Entities mapped to one table (a full entity and its light read views, OpenOLAT's {@code
 *       o_vfs_metadata}): the table holds every column any of them maps. A column two entities map
 *       keeps the definition of the one bound first ({@code Table.addColumn} leaves a known column
 *       alone); here the first is the first by class name, the order entities are mapped in
 *       (differential set {@code shared_table}).
 *   <li>A collection table named like an entity's {@code @Table} (Keycloak maps {@code
 *       CLIENT_SCOPE_ROLE_MAPPING} both ways), or a join table both sides own (Keycloak's {@code
 *       RESOURCE_POLICY}): Hibernate binds every entity before any collection, and the collection
 *       adds only what the table lacks: a column, a foreign key, or a primary key (a Set's, after a
 *       bag that had none); the table keeps the first mapping's keys and checks (differential sets
 *       {@code shared_collection_table}, {@code shared_join_tables}).
 * </ul>
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

  /** The first mapping's table with the columns, foreign keys and primary key it lacks. */
  static Table withCollection(Table first, Table later) {
    List<Column> columns = new ArrayList<>(first.columns());
    for (Column column : later.columns()) {
      if (first.column(column.name()).isEmpty()) {
        columns.add(column);
      }
    }
    return new Table(
        first.name(),
        columns,
        first.primaryKey().or(later::primaryKey),
        first.uniques(),
        first.indexes(),
        union(first.foreignKeys(), later.foreignKeys(), f -> f.columns()),
        first.checks());
  }
}
