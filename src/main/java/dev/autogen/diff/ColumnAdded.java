package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A column to add. JSON kind {@code add_column}. */
public record ColumnAdded(Identifier table, Column column) implements Change {
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
