package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Adds a unique constraint, adopting a prebuilt index when one is named.
 *
 * @param copiesTable the server can only add it by copying the table: a key longer than its index
 *     limit, kept as a hash (see {@link LongUniqueKeys})
 */
public record AddUnique(
    Identifier table, UniqueConstraint unique, Optional<Identifier> usingIndex, boolean copiesTable)
    implements TableAlteration {

  /**
   * A unique key the server adds in place (or, without {@code ALGORITHM=} clauses, as it adds it).
   */
  public AddUnique(Identifier table, UniqueConstraint unique, Optional<Identifier> usingIndex) {
    this(table, unique, usingIndex, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
