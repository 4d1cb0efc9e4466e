package dev.autogen.plan;

import dev.autogen.model.Identifier;

/**
 * The name of the temporary {@code CHECK (col IS NOT NULL)} that lets {@code SET NOT NULL} skip its
 * scan: {@code <table>_<column>_not_null}, shortened by {@link ShortNames} to the dialect's limit,
 * so that every step of the plan computes the same name.
 */
final class NotNullCheckName {

  private NotNullCheckName() {}

  static Identifier of(Identifier table, Identifier column, int maxBytes) {
    return ShortNames.of(table.value() + "_" + column.value() + "_not_null", maxBytes);
  }
}
