package dev.autogen.diff;

import dev.autogen.model.*;

/** A foreign key to add. JSON kind {@code add_foreign_key}. */
public record ForeignKeyAdded(Identifier table, ForeignKey foreignKey) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
