package dev.autogen.diff;

import dev.autogen.model.*;

/** A table the entities map and the database lacks. JSON kind {@code add_table}. */
public record TableAdded(Table table) implements Change {
  @Override
  public Identifier tableName() {
    return table.name();
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
