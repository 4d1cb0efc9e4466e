package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Fills a column's NULLs from a value in batches of {@code batchSize} rows, walking the single
 * column primary key {@code key} in order; each batch is its own transaction, so the step runs
 * outside a transaction and no transaction holds row locks for more than one batch. Idempotent:
 * only rows still NULL are touched, so a rerun after an interruption redoes nothing.
 *
 * @param keyType the key's type, for the variables that hold batch bounds
 * @param pauseMillis pause after each batch
 */
public record BatchedBackfill(
    Identifier table,
    Identifier column,
    Value value,
    Identifier key,
    SqlType keyType,
    int batchSize,
    long pauseMillis)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
