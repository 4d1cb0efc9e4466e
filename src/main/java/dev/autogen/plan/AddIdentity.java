package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.Optional;

/**
 * Turns a column into an identity column. {@code definition} is the whole column afterwards, for
 * dialects that restate it (MySQL's {@code MODIFY COLUMN ... AUTO_INCREMENT}); absent where the
 * planner built it without one.
 */
public record AddIdentity(
    Identifier table, Identifier column, Identity identity, Optional<Column> definition)
    implements TableAlteration {

  public AddIdentity(Identifier table, Identifier column, Identity identity) {
    this(table, column, identity, Optional.empty());
  }

  /** The operation for {@code column}, whose whole definition (with the identity) it carries. */
  public AddIdentity(Identifier table, Column column, Identity identity) {
    this(
        table,
        column.name(),
        identity,
        Optional.of(column.withIdentity(Optional.of(identity)).withDefault(Optional.empty())));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
