package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection table that is an entity's table too (an {@code @ElementCollection} or join table
 * named like an entity's {@code @Table}, as Keycloak maps {@code CLIENT_SCOPE_ROLE_MAPPING} both
 * ways). Hibernate binds every entity before any collection, and a collection finds the entity's
 * table by its name and adds to it only what it lacks: the table keeps the entity's columns,
 * primary key and constraints, and gains a column or a foreign key only the collection has
 * (differential set {@code shared_collection_table}).
 */
final class SharedTables {
  private SharedTables() {}

  /** The entity's table with the columns and foreign keys of {@code collection} it lacks. */
  static Table merged(Table entity, Table collection) {
    List<Column> columns = new ArrayList<>(entity.columns());
    for (Column column : collection.columns()) {
      if (entity.column(column.name()).isEmpty()) {
        columns.add(column);
      }
    }
    List<ForeignKey> foreignKeys = new ArrayList<>(entity.foreignKeys());
    for (ForeignKey fk : collection.foreignKeys()) {
      if (foreignKeys.stream().noneMatch(f -> f.columns().equals(fk.columns()))) {
        foreignKeys.add(fk);
      }
    }
    return new Table(
        entity.name(),
        columns,
        entity.primaryKey(),
        entity.uniques(),
        entity.indexes(),
        foreignKeys,
        entity.checks());
  }
}
