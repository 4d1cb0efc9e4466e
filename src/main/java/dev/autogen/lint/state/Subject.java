package dev.autogen.lint.state;

import dev.autogen.model.Identifier;
import java.util.Objects;
import java.util.Optional;

/**
 * What a lint finding or a touch is about: a table, or a column of one. The state keys subjects
 * made by {@link Keys}, which are equal exactly when the database takes them for the same object; a
 * subject built from names as written only names one ({@link #text}).
 *
 * @param table the table
 * @param column the column, when the subject is one
 */
public record Subject(Identifier table, Optional<Identifier> column) {
  public Subject {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  /** The table itself. */
  public static Subject of(Identifier table) {
    return new Subject(table, Optional.empty());
  }

  /** A column of a table. */
  public static Subject of(Identifier table, Identifier column) {
    return new Subject(table, Optional.of(column));
  }

  /** {@code t.c}, as findings name a column written so in a statement. */
  public static String text(String table, String column) {
    return table + "." + column;
  }

  /** The table this subject is or belongs to. */
  public Subject tableOnly() {
    return column.isEmpty() ? this : of(table);
  }

  /** {@code t} or {@code t.c}, as findings name their subject. */
  public String text() {
    return column.map(c -> table.value() + "." + c.value()).orElse(table.value());
  }

  @Override
  public String toString() {
    return text();
  }
}
