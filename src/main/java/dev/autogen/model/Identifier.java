package dev.autogen.model;

import java.util.Objects;

/**
 * A database object name in the form the catalog stores it (already case-folded by the dialect's
 * rules for unquoted names). Two identifiers are the same object exactly when their values are
 * equal; folding happens once, where a name enters the model, never at comparison time.
 */
public record Identifier(String value) implements Comparable<Identifier> {
  public Identifier {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("identifier must not be empty");
    }
  }

  public static Identifier of(String value) {
    return new Identifier(value);
  }

  // written out: a record's generated equals and hashCode go through method handles, slow in the
  // short runs autogen makes (C1 only), and identifiers are the keys of every map (issue 18)
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Identifier i && value.equals(i.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(Identifier other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
