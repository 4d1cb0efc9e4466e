package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/**
 * A primary key. The name is empty on the desired side when the mapping leaves it to the database.
 */
public record PrimaryKey(Optional<Identifier> name, List<Identifier> columns) {
  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
