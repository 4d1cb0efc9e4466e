package dev.autogen.plan;

import dev.autogen.model.*;

/** Fills a column's NULLs from a value, for rows written before the column existed. */
public record Backfill(Identifier table, Identifier column, Value value) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
