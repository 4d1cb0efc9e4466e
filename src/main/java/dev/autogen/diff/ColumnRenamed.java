package dev.autogen.diff;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * A column renamed on the user's word; {@code after} may also differ in type, nullability or
 * default. JSON kind {@code rename_column}.
 */
public record ColumnRenamed(Identifier table, Column before, Column after) implements Change {
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
