package dev.autogen.plan;

import dev.autogen.model.*;

/** Removes the trigger made by {@link CreateSyncTrigger}. */
public record DropSyncTrigger(Identifier table, Column oldColumn, Column newColumn)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
