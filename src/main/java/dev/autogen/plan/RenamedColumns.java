package dev.autogen.plan;

import dev.autogen.diff.ChangesByKind;
import dev.autogen.diff.ColumnRenamed;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The column renames of a plan, by table (its desired name) and the column's new name. A rename
 * keeps both columns until the contract step, so a key, unique, index or foreign key over the new
 * name cannot simply be added where the old one stands: the planners of those changes ask here
 * whether a rename moves them.
 */
record RenamedColumns(
    Map<Identifier, Map<Identifier, Column>> before, Set<Identifier> droppedForeignKeys) {

  RenamedColumns {
    before = Map.copyOf(before);
    droppedForeignKeys = Set.copyOf(droppedForeignKeys);
  }

  static RenamedColumns of(ChangesByKind byKind) {
    Map<Identifier, Map<Identifier, Column>> byTable = new HashMap<>();
    Set<Identifier> dropped = new HashSet<>();
    for (ColumnRenamed r : byKind.columnsRenamed()) {
      byTable.computeIfAbsent(r.table(), k -> new HashMap<>()).put(r.after().name(), r.before());
    }
    byKind.foreignKeysDropped().forEach(d -> dropped.add(d.foreignKey().name()));
    return new RenamedColumns(byTable, dropped);
  }

  /**
   * Whether a foreign key over a renamed column must wait for the contract step: when it takes the
   * name of a foreign key the plan drops there (the old column's), the name is not free before.
   * Otherwise it is added NOT VALID in expand, so that the new column is checked from the start.
   */
  boolean waitsForContract(ForeignKey fk) {
    return droppedForeignKeys.contains(fk.name());
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
