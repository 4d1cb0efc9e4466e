package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * {@link ConvertValues} in batches of {@code batchSize} rows, walking the single column primary key
 * {@code key} in order, as a {@link BatchedBackfill} does: each batch is its own transaction, so
 * the step runs outside a transaction, no transaction holds row locks on the whole table and
 * replicas keep up. Only rows still holding a value of the side converted from are touched, so a
 * rerun after an interruption converts what is left and nothing twice.
 *
 * @param keyType the key's type, for the variables that hold batch bounds
 * @param pauseMillis pause after each batch
 */
public record BatchedConvertValues(
    Identifier table,
    Value.EnumMapping mapping,
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
