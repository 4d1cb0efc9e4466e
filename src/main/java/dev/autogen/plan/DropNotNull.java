package dev.autogen.plan;

import dev.autogen.model.*;

/** Lets a column hold NULL. */
public record DropNotNull(Identifier table, Identifier column) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
