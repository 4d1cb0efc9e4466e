package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Installs a trigger that keeps an old and a new column in step while old and new code both write.
 */
public record CreateSyncTrigger(
    Identifier table, Column oldColumn, Column newColumn, Value toNew, Value toOld)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
