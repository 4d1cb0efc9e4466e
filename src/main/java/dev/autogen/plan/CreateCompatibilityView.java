package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Creates a view under a table's old name that selects the renamed table, so old code keeps reading
 * and writing through it.
 */
public record CreateCompatibilityView(Identifier view, Identifier table) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
