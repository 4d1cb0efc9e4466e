package dev.autogen.diff;

import dev.autogen.model.*;

/** A sequence to drop. JSON kind {@code drop_sequence}. */
public record SequenceDropped(Sequence sequence) implements Change {
  @Override
  public Identifier tableName() {
    return sequence.name();
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
