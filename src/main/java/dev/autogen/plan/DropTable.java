package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops a table; the definition is kept for messages and for the downgrade. */
public record DropTable(Table table) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
