package dev.autogen.plan;

import dev.autogen.model.*;

/** Changes a column's type in place, converting existing values with {@code using}. */
public record AlterColumnType(Identifier table, Column column, SqlType type, Value using)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
