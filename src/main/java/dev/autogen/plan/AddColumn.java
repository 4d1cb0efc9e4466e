package dev.autogen.plan;

import dev.autogen.model.*;

/** Adds a column as given (nullability and default included). */
public record AddColumn(Identifier table, Column column) implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
