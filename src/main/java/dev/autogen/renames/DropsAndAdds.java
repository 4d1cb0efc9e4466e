package dev.autogen.renames;

import dev.autogen.diff.Change;
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
    Sides<ColumnDropped, ColumnAdded> columns,
    Sides<ForeignKeyDropped, ForeignKeyAdded> keys,
    Sides<TableDropped, TableAdded> tables,
    boolean switchesIdGenerator) {

  /** The dropped and the added changes of one kind, a rename's two possible ends. */
  record Sides<D extends Change, A extends Change>(List<D> dropped, List<A> added) {
    Sides {
      dropped = List.copyOf(dropped);
      added = List.copyOf(added);
    }
  }

  static DropsAndAdds of(ChangeSet changes) {
    ChangesByKind byKind = ChangesByKind.of(changes.changes());
    return new DropsAndAdds(
        new Sides<>(byKind.columnsDropped(), byKind.columnsAdded()),
        new Sides<>(byKind.foreignKeysDropped(), byKind.foreignKeysAdded()),
        new Sides<>(byKind.tablesDropped(), byKind.tablesAdded()),
        !byKind.columnIdentitiesChanged().isEmpty());
  }
}
