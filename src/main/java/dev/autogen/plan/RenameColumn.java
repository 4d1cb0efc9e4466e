package dev.autogen.plan;

import dev.autogen.model.*;

/** Renames a column in place (a catalog change; indexes and constraints follow the column). */
public record RenameColumn(Identifier table, Identifier from, Identifier to)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
