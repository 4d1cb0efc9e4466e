package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops a column. */
public record DropColumn(Identifier table, Column column) implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
