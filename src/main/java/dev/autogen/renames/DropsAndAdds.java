package dev.autogen.renames;

import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.diff.ForeignKeyAdded;
import dev.autogen.diff.ForeignKeyDropped;
import dev.autogen.diff.TableAdded;
import dev.autogen.diff.TableDropped;
import java.util.List;

/**
 * The changes a rename decision weighs, each kind in change-set order: dropped and added columns,
 * foreign keys and tables, and whether an id generator switches. The other kinds are already a
 * rename (table, column) or change an object that keeps its name, so no rename can hide behind
 * them; a new change kind gets its list in {@link ChangesByKind} and is weighed here only once it
 * is taken into this record.
 */
record DropsAndAdds(
    List<ColumnDropped> droppedColumns,
    List<ColumnAdded> addedColumns,
    List<ForeignKeyDropped> droppedKeys,
    List<ForeignKeyAdded> addedKeys,
    List<TableDropped> droppedTables,
    List<TableAdded> addedTables,
    boolean switchesIdGenerator) {

  DropsAndAdds {
    droppedColumns = List.copyOf(droppedColumns);
    addedColumns = List.copyOf(addedColumns);
    droppedKeys = List.copyOf(droppedKeys);
    addedKeys = List.copyOf(addedKeys);
    droppedTables = List.copyOf(droppedTables);
    addedTables = List.copyOf(addedTables);
  }

  static DropsAndAdds of(ChangeSet changes) {
    ChangesByKind byKind = ChangesByKind.of(changes.changes());
    return new DropsAndAdds(
        byKind.columnsDropped(),
        byKind.columnsAdded(),
        byKind.foreignKeysDropped(),
        byKind.foreignKeysAdded(),
        byKind.tablesDropped(),
        byKind.tablesAdded(),
        !byKind.columnIdentitiesChanged().isEmpty());
  }
}
