package dev.autogen.model;

import java.util.List;

/**
 * A view of the current schema, by name and column names: not a table, so never created, changed or
 * dropped as one; an entity that maps it is compared by its columns only.
 */
public record View(Identifier name, List<Identifier> columns) {
  public View {
    columns = List.copyOf(columns);
  }
}
