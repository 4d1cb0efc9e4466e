package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/**
 * How the application encodes the values of one desired column, as the entity sources say. Not a
 * schema property (the database cannot report it and two sides would never diff equal), so it is
 * kept beside the {@link Schema}, like {@link IdSequence}: the planner reads it to convert stored
 * values when the column's type changes.
 *
 * @param table the table, by its desired name
 * @param column the column, by its desired name
 * @param enumConstants the constants of the Java enum an {@code @Enumerated} field stores here, in
 *     declaration (ordinal) order, when the enum's source was read: the planner converts between
 *     ordinals and names through them
 * @param converter the {@code AttributeConverter} the field's values are stored through
 *     ({@code @Convert} or an auto-applied converter): a cast cannot convert such values
 */
public record ColumnEncoding(
    Identifier table,
    Identifier column,
    Optional<List<String>> enumConstants,
    Optional<String> converter) {

  public ColumnEncoding {
    enumConstants = enumConstants.map(List::copyOf);
  }

  /** The column of {@code table} stores the constants of an enum. */
  public static ColumnEncoding enumConstants(
      Identifier table, Identifier column, List<String> constants) {
    return new ColumnEncoding(table, column, Optional.of(constants), Optional.empty());
  }

  /** The column of {@code table} is stored through the converter {@code converter}. */
  public static ColumnEncoding converter(Identifier table, Identifier column, String converter) {
    return new ColumnEncoding(table, column, Optional.empty(), Optional.of(converter));
  }
}
