package dev.autogen.plan;

import dev.autogen.model.*;

/** Adds a check constraint, NOT VALID when existing rows are checked by a later validation. */
public record AddCheck(Identifier table, Check check, boolean notValid) implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
