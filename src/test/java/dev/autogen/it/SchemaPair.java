package dev.autogen.it;

import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import java.util.List;
import java.util.Map;

/**
 * A round trip's input: the schema before ({@code a}), the schema after ({@code b}), the renames
 * between them (as {@code --rename} gives them), how many rows each table of {@code a} holds, and
 * the salt that varies their string values.
 */
record SchemaPair(
    Schema a, Schema b, List<RenameHint> renames, Map<Identifier, Integer> rows, String salt) {
  SchemaPair {
    renames = List.copyOf(renames);
    rows = Map.copyOf(rows);
  }

  SchemaPair(Schema a, Schema b, Map<Identifier, Integer> rows, String salt) {
    this(a, b, List.of(), rows, salt);
  }

  /** The name table {@code a} of A has in B. */
  Identifier tableInB(Identifier a) {
    return renames.stream()
        .filter(r -> r.isTableRename() && r.from().equals(a))
        .map(RenameHint::to)
        .findFirst()
        .orElse(a);
  }

  /** The name column {@code column} of A's table {@code table} has in B. */
  Identifier columnInB(Identifier table, Identifier column) {
    return renames.stream()
        .filter(
            r -> r.table().map(tableInB(table)::equals).orElse(false) && r.from().equals(column))
        .map(RenameHint::to)
        .findFirst()
        .orElse(column);
  }
}
