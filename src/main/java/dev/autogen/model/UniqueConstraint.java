package dev.autogen.model;

import java.util.List;

/** A named UNIQUE constraint over columns (a unique index is an {@link Index} instead). */
public record UniqueConstraint(Identifier name, List<Identifier> columns) {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }
}
