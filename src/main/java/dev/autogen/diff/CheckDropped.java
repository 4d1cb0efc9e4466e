package dev.autogen.diff;

import dev.autogen.model.*;

/** A check constraint to drop. JSON kind {@code drop_check}. */
public record CheckDropped(Identifier table, Check check) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
