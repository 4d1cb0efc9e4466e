package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A check constraint to add. JSON kind {@code add_check}. */
public record CheckAdded(Identifier table, Check check) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> objectName() {
    return Optional.of(check.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
