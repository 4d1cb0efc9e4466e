package dev.autogen.renames;

import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ChangeVisitor;
import dev.autogen.diff.CheckAdded;
import dev.autogen.diff.CheckDropped;
import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDefaultChanged;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.diff.ColumnIdentityChanged;
import dev.autogen.diff.ColumnNullabilityChanged;
import dev.autogen.diff.ColumnRenamed;
import dev.autogen.diff.ColumnTypeChanged;
import dev.autogen.diff.ForeignKeyAdded;
import dev.autogen.diff.ForeignKeyDropped;
import dev.autogen.diff.IndexAdded;
import dev.autogen.diff.IndexDropped;
import dev.autogen.diff.PrimaryKeyAdded;
import dev.autogen.diff.PrimaryKeyDropped;
import dev.autogen.diff.SequenceAdded;
import dev.autogen.diff.SequenceDropped;
import dev.autogen.diff.TableAdded;
import dev.autogen.diff.TableDropped;
import dev.autogen.diff.TableRenamed;
import dev.autogen.diff.UniqueAdded;
import dev.autogen.diff.UniqueDropped;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a rename decision weighs, sorted by kind in change-set order: dropped and added
 * columns, foreign keys and tables, and whether an id generator switches. Sorted by an exhaustive
 * visitor, so a new change kind does not compile here until someone says whether it can hide a
 * rename.
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
    Sorter sorter = new Sorter();
    changes.changes().forEach(c -> c.accept(sorter));
    return new DropsAndAdds(
        sorter.droppedColumns,
        sorter.addedColumns,
        sorter.droppedKeys,
        sorter.addedKeys,
        sorter.droppedTables,
        sorter.addedTables,
        sorter.switchesIdGenerator);
  }

  /** Collects into lists; the kinds no rename can hide behind are passed over by name. */
  private static final class Sorter implements ChangeVisitor<Void> {
    private final List<ColumnDropped> droppedColumns = new ArrayList<>();
    private final List<ColumnAdded> addedColumns = new ArrayList<>();
    private final List<ForeignKeyDropped> droppedKeys = new ArrayList<>();
    private final List<ForeignKeyAdded> addedKeys = new ArrayList<>();
    private final List<TableDropped> droppedTables = new ArrayList<>();
    private final List<TableAdded> addedTables = new ArrayList<>();
    private boolean switchesIdGenerator;

    @Override
    public Void visit(ColumnDropped change) {
      droppedColumns.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnAdded change) {
      addedColumns.add(change);
      return null;
    }

    @Override
    public Void visit(ForeignKeyDropped change) {
      droppedKeys.add(change);
      return null;
    }

    @Override
    public Void visit(ForeignKeyAdded change) {
      addedKeys.add(change);
      return null;
    }

    @Override
    public Void visit(TableDropped change) {
      droppedTables.add(change);
      return null;
    }

    @Override
    public Void visit(TableAdded change) {
      addedTables.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnIdentityChanged change) {
      switchesIdGenerator = true;
      return null;
    }

    // already a rename, or a change to an object that keeps its name: nothing to decide

    @Override
    public Void visit(TableRenamed change) {
      return null;
    }

    @Override
    public Void visit(ColumnRenamed change) {
      return null;
    }

    @Override
    public Void visit(ColumnTypeChanged change) {
      return null;
    }

    @Override
    public Void visit(ColumnNullabilityChanged change) {
      return null;
    }

    @Override
    public Void visit(ColumnDefaultChanged change) {
      return null;
    }

    @Override
    public Void visit(IndexAdded change) {
      return null;
    }

    @Override
    public Void visit(IndexDropped change) {
      return null;
    }

    @Override
    public Void visit(UniqueAdded change) {
      return null;
    }

    @Override
    public Void visit(UniqueDropped change) {
      return null;
    }

    @Override
    public Void visit(PrimaryKeyAdded change) {
      return null;
    }

    @Override
    public Void visit(PrimaryKeyDropped change) {
      return null;
    }

    @Override
    public Void visit(CheckAdded change) {
      return null;
    }

    @Override
    public Void visit(CheckDropped change) {
      return null;
    }

    @Override
    public Void visit(SequenceAdded change) {
      return null;
    }

    @Override
    public Void visit(SequenceDropped change) {
      return null;
    }
  }
}
