package dev.autogen.lint.state;

import dev.autogen.model.Identifier;
import java.util.Objects;

/**
 * A column of a table, as the lint state keys what it knows about columns. Made by {@link Keys}, so
 * that two keys are equal exactly when the database takes them for the same column.
 */
public record ColumnKey(Identifier table, Identifier column) {
  public ColumnKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  /** The column as a finding's subject. */
  public Subject subject() {
    return Subject.of(table, column);
  }

  @Override
  public String toString() {
    return table.value() + "." + column.value();
  }
}
