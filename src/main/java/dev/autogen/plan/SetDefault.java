package dev.autogen.plan;

import dev.autogen.model.*;

/** Sets a column default (SQL text from the mapping or the catalog). */
public record SetDefault(Identifier table, Identifier column, String expression)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
