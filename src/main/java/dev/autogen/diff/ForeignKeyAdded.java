package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A foreign key to add. JSON kind {@code add_foreign_key}. */
public record ForeignKeyAdded(Identifier table, ForeignKey foreignKey) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> objectName() {
    return Optional.of(foreignKey.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
