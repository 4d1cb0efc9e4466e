package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/** A column becoming NULL or NOT NULL. JSON kind {@code alter_column_nullability}. */
public record ColumnNullabilityChanged(Identifier table, Column before, Column after)
    implements Change {
  @Override
  public Identifier tableName() {
    return table;
  }

  @Override
  public Optional<Identifier> columnName() {
    return Optional.of(after.name());
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
