package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Creates a table with its columns, primary key, unique and check constraints (foreign keys and
 * indexes are separate operations).
 */
public record CreateTable(Table table) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
