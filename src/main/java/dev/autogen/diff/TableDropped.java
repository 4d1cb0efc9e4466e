package dev.autogen.diff;

import dev.autogen.model.*;

/** A table the database has and no entity maps. JSON kind {@code drop_table}. */
public record TableDropped(Table table) implements Change {
  @Override
  public Identifier tableName() {
    return table.name();
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
