package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
