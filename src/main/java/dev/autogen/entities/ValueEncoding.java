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
 */
record ValueEncoding(Optional<List<String>> enumConstants, Optional<String> converter) {

  static ValueEncoding none() {
    return new ValueEncoding(Optional.empty(), Optional.empty());
  }

  boolean isEmpty() {
    return enumConstants.isEmpty() && converter.isEmpty();
  }

  ColumnEncoding of(Identifier table, Identifier column) {
    return new ColumnEncoding(table, column, enumConstants, converter);
  }
}
