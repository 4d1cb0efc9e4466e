package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/**
 * An index over plain columns. An index autogen cannot model (partial, expression, non-btree) keeps
 * its full definition in {@code opaqueDefinition}: it is reported and never dropped implicitly.
 */
public record Index(
    Identifier name, List<Identifier> columns, boolean unique, Optional<String> opaqueDefinition) {
  public Index {
    columns = List.copyOf(columns);
  }

  public static Index of(String name, boolean unique, String... columns) {
    return new Index(
        Identifier.of(name),
        java.util.Arrays.stream(columns).map(Identifier::of).toList(),
        unique,
        Optional.empty());
  }

  public boolean isOpaque() {
    return opaqueDefinition.isPresent();
  }
}
