package dev.autogen.plan;

import dev.autogen.model.*;

/** Renames an index of {@code table} (a catalog change). */
public record RenameIndex(Identifier table, Identifier from, Identifier to)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
