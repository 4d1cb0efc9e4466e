package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Creates a sequence.
 *
 * @param restartPast the id column whose values the sequence takes over, when it does: the sequence
 *     then restarts past that column's current maximum (read under a lock on the table, so no row
 *     written meanwhile is missed) instead of at its start, where it would hand out ids the table
 *     already holds
 */
public record CreateSequence(Sequence sequence, Optional<ColumnRef> restartPast)
    implements Operation {

  /** A column of a table, as an operation names one. */
  public record ColumnRef(Identifier table, Identifier column) {}

  public CreateSequence(Sequence sequence) {
    this(sequence, Optional.empty());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
