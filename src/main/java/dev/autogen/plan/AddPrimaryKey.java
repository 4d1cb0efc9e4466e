package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Adds a primary key, adopting a unique index built beforehand when one is named (a brief lock
 * instead of an index build under it).
 */
public record AddPrimaryKey(
    Identifier table, PrimaryKey primaryKey, Optional<Identifier> usingIndex) implements Operation {

  /** A primary key that builds its own index. */
  public AddPrimaryKey(Identifier table, PrimaryKey primaryKey) {
    this(table, primaryKey, Optional.empty());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
