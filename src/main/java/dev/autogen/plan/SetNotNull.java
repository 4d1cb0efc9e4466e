package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Makes a column NOT NULL. {@code definition} is the whole column once this has run, for dialects
 * whose statement restates the column (MySQL's {@code MODIFY COLUMN}, which would otherwise drop
 * its default or {@code AUTO_INCREMENT}); absent where the planner built it without one.
 */
public record SetNotNull(Identifier table, Identifier column, Optional<Column> definition)
    implements TableAlteration {

  public SetNotNull(Identifier table, Identifier column) {
    this(table, column, Optional.empty());
  }

  /** The operation for {@code column}, whose whole definition it carries. */
  public SetNotNull(Identifier table, Column column) {
    this(table, column.name(), Optional.of(column.withNullable(false)));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
