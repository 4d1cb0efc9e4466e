package dev.autogen.plan;

import dev.autogen.model.*;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
