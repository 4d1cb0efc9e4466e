package dev.autogen.plan;

import dev.autogen.model.*;

/** Stops identity generation on a column. */
public record DropIdentity(Identifier table, Identifier column) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
