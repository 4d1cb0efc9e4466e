package dev.autogen.plan;

import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * A type change whose value the dialect converts with an expression instead of a cast (PostgreSQL:
 * text or {@code bytea} to and from a large object, where {@code CAST(col AS oid)} would read the
 * text as an object number). What the expression is stays the dialect's knowledge ({@link
 * TypeMapper#conversion}); the plan only records that one is needed.
 */
final class TypeConversion {

  private TypeConversion() {}

  /** The value of {@code to} computed from column {@code read} (which holds {@code from}'s). */
  static Optional<Value> of(TypeMapper types, Column from, Column to, Identifier read) {
    return types
        .conversion(from.type(), to.type())
        .map(f -> new Value.Converted(read, from.type(), to.type()));
  }
}
