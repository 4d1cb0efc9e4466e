package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Makes a column's default the next value of a sequence, so that inserts which leave the column out
 * draw from the same sequence as code that calls it explicitly (while an id strategy switches
 * between sequence and identity, both application versions then share one generator).
 */
public record SetSequenceDefault(Identifier table, Identifier column, Identifier sequence)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
