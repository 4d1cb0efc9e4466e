package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Fills a column's NULLs from a value in batches, as {@code walk} says; each batch is its own
 * transaction, so the step runs outside a transaction and no transaction holds row locks for more
 * than one batch. Idempotent: only rows still NULL are touched, so a rerun after an interruption
 * redoes nothing.
 */
public record BatchedBackfill(Identifier table, Identifier column, Value value, BatchWalk walk)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
