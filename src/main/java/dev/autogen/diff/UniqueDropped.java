package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A unique constraint to drop. JSON kind {@code drop_unique}. */
public record UniqueDropped(Identifier table, UniqueConstraint unique) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> objectName() {
    return Optional.of(unique.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
