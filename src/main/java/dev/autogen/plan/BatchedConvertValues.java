package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * {@link ConvertValues} in batches, as {@code walk} says and a {@link BatchedBackfill} does: each
 * batch is its own transaction, so the step runs outside a transaction, no transaction holds row
 * locks on the whole table and replicas keep up. Only rows still holding a value of the side
 * converted from are touched, so a rerun after an interruption converts what is left and nothing
 * twice.
 */
public record BatchedConvertValues(Identifier table, Value.EnumMapping mapping, BatchWalk walk)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
