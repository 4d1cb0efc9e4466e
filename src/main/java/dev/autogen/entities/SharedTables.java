package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A table two mappings share: a collection table named like an entity's {@code @Table} (Keycloak
 * maps {@code CLIENT_SCOPE_ROLE_MAPPING} both ways), or a join table both sides own (Keycloak's
 * {@code RESOURCE_POLICY}). Hibernate binds every entity before any collection, and a later mapping
 * finds the table by its name and adds to it only what it lacks: the table keeps the first
 * mapping's columns and constraints (an entity's first), and gains a column, a foreign key, or a
 * primary key (a Set's, after a bag that had none) only a later one has (differential sets {@code
 * shared_collection_table}, {@code shared_join_tables}).
 */
final class SharedTables {
  private SharedTables() {}

  /** The first mapping's table with the columns, foreign keys and primary key it lacks. */
  static Table merged(Table first, Table later) {
    List<Column> columns = new ArrayList<>(first.columns());
    for (Column column : later.columns()) {
      if (first.column(column.name()).isEmpty()) {
        columns.add(column);
      }
    }
    List<ForeignKey> foreignKeys = new ArrayList<>(first.foreignKeys());
    for (ForeignKey fk : later.foreignKeys()) {
      if (foreignKeys.stream().noneMatch(f -> f.columns().equals(fk.columns()))) {
        foreignKeys.add(fk);
      }
    }
    return new Table(
        first.name(),
        columns,
        first.primaryKey().or(later::primaryKey),
        first.uniques(),
        first.indexes(),
        foreignKeys,
        first.checks());
  }
}
