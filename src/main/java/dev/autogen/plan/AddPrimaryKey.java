package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Adds a primary key, adopting a unique index built beforehand when one is named (a brief lock
 * instead of an index build under it), and dropping the key it replaces in the same statement when
 * one is named (where a table may not be left without a key, see {@code
 * Capabilities#dropPrimaryKeyAlone}).
 */
public record AddPrimaryKey(
    Identifier table,
    PrimaryKey primaryKey,
    Optional<Identifier> usingIndex,
    Optional<Identifier> replacing)
    implements TableAlteration {

  /** A primary key that builds its own index. */
  public AddPrimaryKey(Identifier table, PrimaryKey primaryKey) {
    this(table, primaryKey, Optional.empty(), Optional.empty());
  }

  /** A primary key on a table without one, adopting {@code usingIndex} when present. */
  public AddPrimaryKey(Identifier table, PrimaryKey primaryKey, Optional<Identifier> usingIndex) {
    this(table, primaryKey, usingIndex, Optional.empty());
  }

  /** A primary key that replaces the one named {@code replaced} in the same statement. */
  public static AddPrimaryKey replacing(
      Identifier table, PrimaryKey primaryKey, Identifier replaced) {
    return new AddPrimaryKey(table, primaryKey, Optional.empty(), Optional.of(replaced));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
