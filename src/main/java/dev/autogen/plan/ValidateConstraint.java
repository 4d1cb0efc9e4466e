package dev.autogen.plan;

import dev.autogen.model.*;

/** Checks existing rows against a NOT VALID constraint under a weak lock. */
public record ValidateConstraint(Identifier table, Identifier constraint) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
