package dev.autogen.plan;

import dev.autogen.model.*;

/** Adds a primary key. */
public record AddPrimaryKey(Identifier table, PrimaryKey primaryKey) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
