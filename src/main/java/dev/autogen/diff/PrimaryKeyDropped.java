package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A primary key to drop. JSON kind {@code drop_primary_key}. */
public record PrimaryKeyDropped(Identifier table, PrimaryKey primaryKey) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> objectName() {
    return Optional.ofNullable(primaryKey.name().orElse(null));
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
