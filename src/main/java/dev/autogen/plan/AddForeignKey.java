package dev.autogen.plan;

import dev.autogen.model.*;

/** Adds a foreign key, NOT VALID when existing rows are checked by a later validation. */
public record AddForeignKey(Identifier table, ForeignKey foreignKey, boolean notValid)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
