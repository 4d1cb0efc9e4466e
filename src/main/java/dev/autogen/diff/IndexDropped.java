package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** An index to drop. JSON kind {@code drop_index}. */
public record IndexDropped(Identifier table, Index index) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> objectName() {
    return Optional.of(index.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
