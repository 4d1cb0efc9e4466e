package dev.autogen.diff;

import dev.autogen.model.*;

/** A check constraint to add. JSON kind {@code add_check}. */
public record CheckAdded(Identifier table, Check check) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
