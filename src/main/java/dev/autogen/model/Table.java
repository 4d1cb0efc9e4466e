package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/** One table with everything that hangs off it. Lists keep declaration order. */
public record Table(
    Identifier name,
    List<Column> columns,
    Optional<PrimaryKey> primaryKey,
    List<UniqueConstraint> uniques,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<Check> checks) {
  public Table {
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
  }

  public Optional<Column> column(Identifier columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Table withName(Identifier newName) {
    return new Table(newName, columns, primaryKey, uniques, indexes, foreignKeys, checks);
  }

  /** This table with {@code newColumns} in place of its columns, all else kept. */
  public Table withColumns(List<Column> newColumns) {
    return new Table(name, newColumns, primaryKey, uniques, indexes, foreignKeys, checks);
  }

  /** This table with {@code newUniques} in place of its unique constraints, all else kept. */
  public Table withUniques(List<UniqueConstraint> newUniques) {
    return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks);
  }

  /** This table with {@code newForeignKeys} in place of its foreign keys, all else kept. */
  public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
    return new Table(name, columns, primaryKey, uniques, indexes, newForeignKeys, checks);
  }
}
