package dev.autogen.plan;

import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * Converts an {@code @Enumerated} column between {@code ORDINAL} (an integer) and {@code STRING} (a
 * name): a cast would turn ordinal 0 into the text {@code '0'}, or fail on a name, so the value
 * goes through a CASE built from the enum's constants in declaration order, read from the source.
 */
final class EnumConversion {

  private EnumConversion() {}

  /**
   * The value of {@code to} computed from column {@code read} (which holds {@code from}'s values),
   * when the change switches between ordinals and names of an enum whose {@code constants} are
   * known (the desired column's {@link dev.autogen.model.ColumnEncoding}). The dialect's {@code
   * types} tell ordinals by their integer types: MySQL stores them in {@code tinyint} or {@code
   * int}, PostgreSQL in {@code smallint} or {@code integer}.
   */
  static Optional<Value> of(
      TypeMapper types, Column from, Column to, Identifier read, Optional<List<String>> constants) {
    boolean fromOrdinal = types.integerBits(from.type()).isPresent();
    boolean toOrdinal = types.integerBits(to.type()).isPresent();
    if (fromOrdinal == toOrdinal) {
      return Optional.empty();
    }
    return constants
        .filter(c -> !c.isEmpty())
        .map(c -> new Value.EnumMapping(read, c, fromOrdinal));
  }
}
