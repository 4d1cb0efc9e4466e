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
 * @param declaredType the type as the field's {@code columnDefinition} spells it, when that says
 *     more than the canonical type the diff compares ({@code tinyint(1)}, which Connector/J reads
 *     as a boolean, where {@code tinyint} would be created {@code tinyint(4)}): Hibernate writes a
 *     columnDefinition verbatim, so a column the plan creates with this type is written so too
 */
public record ColumnEncoding(
    Identifier table,
    Identifier column,
    Optional<List<String>> enumConstants,
    Optional<String> converter,
    Optional<String> declaredType) {

  public ColumnEncoding {
    enumConstants = enumConstants.map(List::copyOf);
  }

  /** An encoding without a declared spelling. */
  public ColumnEncoding(
      Identifier table,
      Identifier column,
      Optional<List<String>> enumConstants,
      Optional<String> converter) {
    this(table, column, enumConstants, converter, Optional.empty());
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
