package dev.autogen.model;

import java.util.Optional;

/**
 * One column. {@code defaultExpression} is SQL text as the dialect normalises it (so {@code
 * 'active'::character varying} and {@code 'active'} compare equal after normalisation). How the
 * application encodes its values (enum constants, converter) is no schema property: see {@link
 * ColumnEncoding}.
 */
public record Column(
    Identifier name,
    SqlType type,
    boolean nullable,
    Optional<String> defaultExpression,
    Optional<Identity> identity) {

  public static Column of(String name, SqlType type, boolean nullable) {
    return new Column(Identifier.of(name), type, nullable, Optional.empty(), Optional.empty());
  }

  public Column withName(Identifier newName) {
    return new Column(newName, type, nullable, defaultExpression, identity);
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultExpression, identity);
  }

  public Column withDefault(Optional<String> value) {
    return new Column(name, type, nullable, value, identity);
  }

  public Column withIdentity(Optional<Identity> value) {
    return new Column(name, type, nullable, defaultExpression, value);
  }
}
