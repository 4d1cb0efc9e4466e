package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.diff.ColumnRenamed;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column renames of a plan, by table (its desired name) and the column's new name. A rename
 * keeps both columns until the contract step, so a key, unique, index or foreign key over the new
 * name cannot simply be added where the old one stands: the planners of those changes ask here
 * whether a rename moves them.
 */
record RenamedColumns(Map<Identifier, Map<Identifier, Column>> before) {

  RenamedColumns {
    before = Map.copyOf(before);
  }

  static RenamedColumns of(List<Assessment> assessments) {
    Map<Identifier, Map<Identifier, Column>> byTable = new HashMap<>();
    for (Assessment a : assessments) {
      if (a.change() instanceof ColumnRenamed r) {
        byTable.computeIfAbsent(r.table(), k -> new HashMap<>()).put(r.after().name(), r.before());
      }
    }
    return new RenamedColumns(byTable);
  }

  /** Whether any of {@code columns} of {@code table} is the new name of a renamed column. */
  boolean moves(Identifier table, List<Identifier> columns) {
    Map<Identifier, Column> renamed = before.getOrDefault(table, Map.of());
    return columns.stream().anyMatch(renamed::containsKey);
  }

  /** The column as the database has it until the contract step, when {@code column} is renamed. */
  Optional<Column> current(Identifier table, Identifier column) {
    return Optional.ofNullable(before.getOrDefault(table, Map.of()).get(column));
  }
}
