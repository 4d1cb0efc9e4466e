package dev.autogen.plan;

import dev.autogen.model.*;

/** Turns a column into an identity column. */
public record AddIdentity(Identifier table, Identifier column, Identity identity)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
