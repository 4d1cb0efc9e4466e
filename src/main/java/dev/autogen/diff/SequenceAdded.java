package dev.autogen.diff;

import dev.autogen.model.*;

/** A sequence to create. JSON kind {@code add_sequence}. */
public record SequenceAdded(Sequence sequence) implements Change {
  @Override
  public Identifier tableName() {
    return sequence.name();
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
