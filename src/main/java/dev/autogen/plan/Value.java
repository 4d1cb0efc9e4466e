package dev.autogen.plan;

import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.Optional;

/** A value written into a column by a backfill, sync trigger or type conversion. */
public sealed interface Value {

  /** Another column's value of the same row, cast when {@code castTo} is present. */
  record FromColumn(Identifier column, Optional<SqlType> castTo) implements Value {}

  /**
   * A SQL expression the user supplied ({@code --backfill}) or the mapping declares; used verbatim.
   */
  record Expression(String sql) implements Value {}
}
