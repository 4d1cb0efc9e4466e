package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * Rewrites an enum column's values in place between ordinals and names while the column holds text
 * (the interim {@code varchar} of a conversion on a server whose type change has no {@code USING}):
 * each ordinal written as its decimal text becomes its constant's name, or each name its ordinal's
 * text. Only rows still holding a value of the side converted from are touched, so a rerun after an
 * interruption converts what is left and nothing twice (a Java constant's name never reads as a
 * number).
 */
public record ConvertValues(Identifier table, Value.EnumMapping mapping) implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
