package dev.autogen.plan;

import dev.autogen.model.*;

/** Removes a column default. */
public record DropDefault(Identifier table, Identifier column) implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
