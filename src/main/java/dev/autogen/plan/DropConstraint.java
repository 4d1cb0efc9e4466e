package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops a named constraint (unique, primary key, foreign key or check). */
public record DropConstraint(Identifier table, Identifier constraint) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
