package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A column to drop. JSON kind {@code drop_column}. */
public record ColumnDropped(Identifier table, Column column) implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> columnName() {
    return Optional.of(column.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
