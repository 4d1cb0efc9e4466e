package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Changes a column's type in place, converting existing values with {@code using}; {@code column}
 * is the column as it will be, {@code from} the type it has before (so a dialect can tell whether
 * the change only touches the catalog), absent where unknown.
 */
public record AlterColumnType(
    Identifier table, Column column, SqlType type, Value using, Optional<SqlType> from)
    implements TableAlteration {

  public AlterColumnType(Identifier table, Column column, SqlType type, Value using) {
    this(table, column, type, using, Optional.empty());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
