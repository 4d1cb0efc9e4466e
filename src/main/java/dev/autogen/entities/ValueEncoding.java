package dev.autogen.entities;

import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * How a mapped field encodes the values its column stores, kept with the mapping until the column
 * has its table and final name (then it becomes a {@link ColumnEncoding} of the entity model).
 *
 * @param enumConstants the constants of an {@code @Enumerated} field's enum, in declaration order
 * @param converter the {@code AttributeConverter} the field is stored through
 * @param declaredType the columnDefinition's type as written, when it says more than the canonical
 *     type (an integer's display width)
 */
record ValueEncoding(
    Optional<List<String>> enumConstants,
    Optional<String> converter,
    Optional<String> declaredType) {

  ValueEncoding(Optional<List<String>> enumConstants, Optional<String> converter) {
    this(enumConstants, converter, Optional.empty());
  }

  static ValueEncoding none() {
    return new ValueEncoding(Optional.empty(), Optional.empty());
  }

  boolean isEmpty() {
    return enumConstants.isEmpty() && converter.isEmpty() && declaredType.isEmpty();
  }

  ColumnEncoding of(Identifier table, Identifier column) {
    return new ColumnEncoding(table, column, enumConstants, converter, declaredType);
  }
}
