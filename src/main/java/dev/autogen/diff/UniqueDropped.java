package dev.autogen.diff;

import dev.autogen.model.*;

/** A unique constraint to drop. JSON kind {@code drop_unique}. */
public record UniqueDropped(Identifier table, UniqueConstraint unique) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
