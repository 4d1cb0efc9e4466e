package dev.autogen.plan;

import dev.autogen.model.*;

/** Makes a column NOT NULL. */
public record SetNotNull(Identifier table, Identifier column) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
