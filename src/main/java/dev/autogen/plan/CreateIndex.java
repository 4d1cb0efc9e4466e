package dev.autogen.plan;

import dev.autogen.model.*;

/** Builds an index, concurrently where the step runs outside a transaction. */
public record CreateIndex(Identifier table, Index index, boolean concurrently)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
