package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops an index. */
public record DropIndex(Identifier table, Index index, boolean concurrently)
    implements TableAlteration {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
