package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/** Adds a unique constraint, adopting a prebuilt index when one is named. */
public record AddUnique(Identifier table, UniqueConstraint unique, Optional<Identifier> usingIndex)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
