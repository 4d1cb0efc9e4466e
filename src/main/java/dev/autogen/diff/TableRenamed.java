package dev.autogen.diff;

import dev.autogen.model.*;

/** A table renamed on the user's word (hint or option). JSON kind {@code rename_table}. */
public record TableRenamed(Identifier from, Identifier to) implements Change {
  @Override
  public Identifier tableName() {
    return to;
  }

  @Override
  public <R> R accept(ChangeVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
