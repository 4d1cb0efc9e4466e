package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Installs a trigger that keeps an old and a new column in step while old and new code both write.
 *
 * @param fillsUnset whether an update that changes neither column also fills a NULL new column: a
 *     {@code CHECK (new IS NOT NULL) NOT VALID} added before the backfill then holds for every row
 *     written; only for a {@code toNew} that cannot fail, since any update would run it
 */
public record CreateSyncTrigger(
    Identifier table,
    Column oldColumn,
    Column newColumn,
    Value toNew,
    Value toOld,
    boolean fillsUnset)
    implements Operation {

  public CreateSyncTrigger(
      Identifier table, Column oldColumn, Column newColumn, Value toNew, Value toOld) {
    this(table, oldColumn, newColumn, toNew, toOld, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
