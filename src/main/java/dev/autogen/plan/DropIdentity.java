package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Stops identity generation on a column. {@code definition} is the whole column afterwards, for
 * dialects that restate it (MySQL's {@code MODIFY COLUMN} without {@code AUTO_INCREMENT}); absent
 * where the planner built it without one.
 */
public record DropIdentity(Identifier table, Identifier column, Optional<Column> definition)
    implements TableAlteration {

  public DropIdentity(Identifier table, Identifier column) {
    this(table, column, Optional.empty());
  }

  /** The operation for {@code column}, whose whole definition (without identity) it carries. */
  public DropIdentity(Identifier table, Column column) {
    this(
        table,
        column.name(),
        Optional.of(column.withIdentity(Optional.empty()).withDefault(Optional.empty())));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
