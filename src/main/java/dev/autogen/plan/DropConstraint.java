package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Drops a named constraint (unique, primary key, foreign key or check).
 *
 * @param copiesTable the server can only drop it by copying the table: it is the key InnoDB
 *     clusters the rows on and nothing else is left to cluster on (see {@link ClusteredKeys})
 * @param foreignKey it is a foreign key: MariaDB 10.11 ends {@code DROP CONSTRAINT fk,
 *     ALGORITHM=COPY} without an error and keeps the key (tried), so MySQL's template writes {@code
 *     DROP FOREIGN KEY} for one
 */
public record DropConstraint(
    Identifier table, Identifier constraint, boolean copiesTable, boolean foreignKey)
    implements TableAlteration {

  /** A drop the server makes in place (or, without {@code ALGORITHM=} clauses, as it makes it). */
  public DropConstraint(Identifier table, Identifier constraint) {
    this(table, constraint, false, false);
  }

  /** A drop of a key other than a foreign key, copying the table or not. */
  public DropConstraint(Identifier table, Identifier constraint, boolean copiesTable) {
    this(table, constraint, copiesTable, false);
  }

  /** The drop of the foreign key {@code name} of {@code table}. */
  public static DropConstraint foreignKey(Identifier table, Identifier name) {
    return new DropConstraint(table, name, false, true);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
