package dev.autogen.model;

import java.util.List;

/** A foreign key from {@code columns} of the owning table to {@code referencedColumns}. */
public record ForeignKey(
    Identifier name,
    List<Identifier> columns,
    Identifier referencedTable,
    List<Identifier> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {
  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }
}
