package dev.autogen.plan;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;

/**
 * Moves an existing sequence past the maximum of the id column that starts drawing from it (never
 * back: other tables may draw from it too), under a lock on the table so that no id written
 * meanwhile is handed out again.
 */
public record AdvanceSequence(Sequence sequence, Identifier table, Identifier column)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
