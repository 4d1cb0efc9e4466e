package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Drops a named constraint (unique, primary key, foreign key or check).
 *
 * @param copiesTable the server can only drop it by copying the table: it is the key InnoDB
 *     clusters the rows on and nothing else is left to cluster on (see {@link ClusteredKeys})
 */
public record DropConstraint(Identifier table, Identifier constraint, boolean copiesTable)
    implements Operation {

  /** A drop the server makes in place (or, without {@code ALGORITHM=} clauses, as it makes it). */
  public DropConstraint(Identifier table, Identifier constraint) {
    this(table, constraint, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
