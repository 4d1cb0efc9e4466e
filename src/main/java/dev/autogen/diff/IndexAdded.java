package dev.autogen.diff;

import dev.autogen.model.*;

/** An index to build. JSON kind {@code add_index}. */
public record IndexAdded(Identifier table, Index index) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
