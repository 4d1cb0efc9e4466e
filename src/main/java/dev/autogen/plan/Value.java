package dev.autogen.plan;

import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.List;
import java.util.Optional;

/** A value written into a column by a backfill, sync trigger or type conversion. */
public sealed interface Value {

  /** Another column's value of the same row, cast when {@code castTo} is present. */
  record FromColumn(Identifier column, Optional<SqlType> castTo) implements Value {}

  /**
   * Another column's value of the same row converted from {@code from} to {@code to} by the
   * dialect's {@link dev.autogen.dialect.TypeMapper#conversion}, where a cast would not carry the
   * value over (text or {@code bytea} to and from a PostgreSQL large object).
   */
  record Converted(Identifier column, SqlType from, SqlType to) implements Value {}

  /**
   * Another column's value cast to {@code to} where it fits, NULL where it does not ({@code
   * misfit}): the old, narrower column that a type swap keeps for the downgrade must not make the
   * new version's writes fail with values only the new type holds.
   */
  record CastIfFits(Identifier column, SqlType to, Misfit misfit) implements Value {}

  /**
   * A SQL expression the user supplied ({@code --backfill}) or the mapping declares; used verbatim.
   */
  record Expression(String sql) implements Value {}

  /**
   * An {@code @Enumerated} value converted between its ordinal and its name: a {@code CASE} over
   * {@code column} mapping ordinal {@code i} to {@code constants.get(i)} ({@code toNames}) or back.
   * A value outside the constants becomes NULL.
   *
   * @param constants the enum's constants in declaration (ordinal) order
   */
  record EnumMapping(Identifier column, List<String> constants, boolean toNames) implements Value {
    public EnumMapping {
      constants = List.copyOf(constants);
    }
  }
}
