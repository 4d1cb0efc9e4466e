package dev.autogen.plan;

import dev.autogen.model.*;

/** Renames a table. */
public record RenameTable(Identifier from, Identifier to) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
