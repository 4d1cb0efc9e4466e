package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/**
 * One column. {@code defaultExpression} is SQL text as the dialect normalises it (so {@code
 * 'active'::character varying} and {@code 'active'} compare equal after normalisation).
 *
 * @param enumConstants the constants of the Java enum an {@code @Enumerated} field stores here, in
 *     declaration (ordinal) order; present only on the desired side when the enum's source was
 *     read. Not a schema property: the differ ignores it, the planner uses it to convert between
 *     ordinals and names.
 * @param converter the {@code AttributeConverter} the field's values are stored through
 *     ({@code @Convert} or an auto-applied converter), on the desired side only; like {@code
 *     enumConstants} not a schema property: it tells the planner that a cast cannot convert the
 *     stored values
 */
public record Column(
    Identifier name,
    SqlType type,
    boolean nullable,
    Optional<String> defaultExpression,
    Optional<Identity> identity,
    Optional<List<String>> enumConstants,
    Optional<String> converter) {

  public Column {
    enumConstants = enumConstants.map(List::copyOf);
  }

  /** A column with no converter. */
  public Column(
      Identifier name,
      SqlType type,
      boolean nullable,
      Optional<String> defaultExpression,
      Optional<Identity> identity,
      Optional<List<String>> enumConstants) {
    this(name, type, nullable, defaultExpression, identity, enumConstants, Optional.empty());
  }

  /** A column that stores no enum (or whose enum constants are unknown). */
  public Column(
      Identifier name,
      SqlType type,
      boolean nullable,
      Optional<String> defaultExpression,
      Optional<Identity> identity) {
    this(name, type, nullable, defaultExpression, identity, Optional.empty());
  }

  public static Column of(String name, SqlType type, boolean nullable) {
    return new Column(Identifier.of(name), type, nullable, Optional.empty(), Optional.empty());
  }

  public Column withName(Identifier newName) {
    return new Column(
        newName, type, nullable, defaultExpression, identity, enumConstants, converter);
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultExpression, identity, enumConstants, converter);
  }

  public Column withDefault(Optional<String> value) {
    return new Column(name, type, nullable, value, identity, enumConstants, converter);
  }

  public Column withIdentity(Optional<Identity> value) {
    return new Column(name, type, nullable, defaultExpression, value, enumConstants, converter);
  }

  public Column withConverter(Optional<String> value) {
    return new Column(name, type, nullable, defaultExpression, identity, enumConstants, value);
  }

  public Column withEnumConstants(Optional<List<String>> value) {
    return new Column(name, type, nullable, defaultExpression, identity, value, converter);
  }
}
