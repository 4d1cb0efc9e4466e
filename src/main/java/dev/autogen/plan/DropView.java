package dev.autogen.plan;

import dev.autogen.model.*;

/** Drops a view. */
public record DropView(Identifier view) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
