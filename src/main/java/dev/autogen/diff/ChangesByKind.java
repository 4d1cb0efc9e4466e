package dev.autogen.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The changes of a list sorted by kind, each kind's list in the order of the given list: what a
 * caller that needs the changes of one or two kinds asks instead of testing each change with {@code
 * instanceof}. Sorted by one exhaustive {@link ChangeVisitor}, so a new change kind does not
 * compile here until it has its list.
 */
public final class ChangesByKind {
  private final List<TableAdded> tablesAdded = new ArrayList<>();
  private final List<TableDropped> tablesDropped = new ArrayList<>();
  private final List<TableRenamed> tablesRenamed = new ArrayList<>();
  private final List<ColumnAdded> columnsAdded = new ArrayList<>();
  private final List<ColumnDropped> columnsDropped = new ArrayList<>();
  private final List<ColumnRenamed> columnsRenamed = new ArrayList<>();
  private final List<ColumnTypeChanged> columnTypesChanged = new ArrayList<>();
  private final List<ColumnNullabilityChanged> columnNullabilitiesChanged = new ArrayList<>();
  private final List<ColumnDefaultChanged> columnDefaultsChanged = new ArrayList<>();
  private final List<ColumnIdentityChanged> columnIdentitiesChanged = new ArrayList<>();
  private final List<IndexAdded> indexesAdded = new ArrayList<>();
  private final List<IndexDropped> indexesDropped = new ArrayList<>();
  private final List<UniqueAdded> uniquesAdded = new ArrayList<>();
  private final List<UniqueDropped> uniquesDropped = new ArrayList<>();
  private final List<PrimaryKeyAdded> primaryKeysAdded = new ArrayList<>();
  private final List<PrimaryKeyDropped> primaryKeysDropped = new ArrayList<>();
  private final List<ForeignKeyAdded> foreignKeysAdded = new ArrayList<>();
  private final List<ForeignKeyDropped> foreignKeysDropped = new ArrayList<>();
  private final List<CheckAdded> checksAdded = new ArrayList<>();
  private final List<CheckDropped> checksDropped = new ArrayList<>();
  private final List<SequenceAdded> sequencesAdded = new ArrayList<>();
  private final List<SequenceDropped> sequencesDropped = new ArrayList<>();

  private ChangesByKind() {}

  public static ChangesByKind of(List<Change> changes) {
    ChangesByKind byKind = new ChangesByKind();
    Sorter sorter = byKind.new Sorter();
    changes.forEach(c -> c.accept(sorter));
    return byKind;
  }

  public List<TableAdded> tablesAdded() {
    return Collections.unmodifiableList(tablesAdded);
  }

  public List<TableDropped> tablesDropped() {
    return Collections.unmodifiableList(tablesDropped);
  }

  public List<TableRenamed> tablesRenamed() {
    return Collections.unmodifiableList(tablesRenamed);
  }

  public List<ColumnAdded> columnsAdded() {
    return Collections.unmodifiableList(columnsAdded);
  }

  public List<ColumnDropped> columnsDropped() {
    return Collections.unmodifiableList(columnsDropped);
  }

  public List<ColumnRenamed> columnsRenamed() {
    return Collections.unmodifiableList(columnsRenamed);
  }

  public List<ColumnTypeChanged> columnTypesChanged() {
    return Collections.unmodifiableList(columnTypesChanged);
  }

  public List<ColumnNullabilityChanged> columnNullabilitiesChanged() {
    return Collections.unmodifiableList(columnNullabilitiesChanged);
  }

  public List<ColumnDefaultChanged> columnDefaultsChanged() {
    return Collections.unmodifiableList(columnDefaultsChanged);
  }

  public List<ColumnIdentityChanged> columnIdentitiesChanged() {
    return Collections.unmodifiableList(columnIdentitiesChanged);
  }

  public List<IndexAdded> indexesAdded() {
    return Collections.unmodifiableList(indexesAdded);
  }

  public List<IndexDropped> indexesDropped() {
    return Collections.unmodifiableList(indexesDropped);
  }

  public List<UniqueAdded> uniquesAdded() {
    return Collections.unmodifiableList(uniquesAdded);
  }

  public List<UniqueDropped> uniquesDropped() {
    return Collections.unmodifiableList(uniquesDropped);
  }

  public List<PrimaryKeyAdded> primaryKeysAdded() {
    return Collections.unmodifiableList(primaryKeysAdded);
  }

  public List<PrimaryKeyDropped> primaryKeysDropped() {
    return Collections.unmodifiableList(primaryKeysDropped);
  }

  public List<ForeignKeyAdded> foreignKeysAdded() {
    return Collections.unmodifiableList(foreignKeysAdded);
  }

  public List<ForeignKeyDropped> foreignKeysDropped() {
    return Collections.unmodifiableList(foreignKeysDropped);
  }

  public List<CheckAdded> checksAdded() {
    return Collections.unmodifiableList(checksAdded);
  }

  public List<CheckDropped> checksDropped() {
    return Collections.unmodifiableList(checksDropped);
  }

  public List<SequenceAdded> sequencesAdded() {
    return Collections.unmodifiableList(sequencesAdded);
  }

  public List<SequenceDropped> sequencesDropped() {
    return Collections.unmodifiableList(sequencesDropped);
  }

  private final class Sorter implements ChangeVisitor<Void> {
    @Override
    public Void visit(TableAdded change) {
      tablesAdded.add(change);
      return null;
    }

    @Override
    public Void visit(TableDropped change) {
      tablesDropped.add(change);
      return null;
    }

    @Override
    public Void visit(TableRenamed change) {
      tablesRenamed.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnAdded change) {
      columnsAdded.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnDropped change) {
      columnsDropped.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnRenamed change) {
      columnsRenamed.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnTypeChanged change) {
      columnTypesChanged.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnNullabilityChanged change) {
      columnNullabilitiesChanged.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnDefaultChanged change) {
      columnDefaultsChanged.add(change);
      return null;
    }

    @Override
    public Void visit(ColumnIdentityChanged change) {
      columnIdentitiesChanged.add(change);
      return null;
    }

    @Override
    public Void visit(IndexAdded change) {
      indexesAdded.add(change);
      return null;
    }

    @Override
    public Void visit(IndexDropped change) {
      indexesDropped.add(change);
      return null;
    }

    @Override
    public Void visit(UniqueAdded change) {
      uniquesAdded.add(change);
      return null;
    }

    @Override
    public Void visit(UniqueDropped change) {
      uniquesDropped.add(change);
      return null;
    }

    @Override
    public Void visit(PrimaryKeyAdded change) {
      primaryKeysAdded.add(change);
      return null;
    }

    @Override
    public Void visit(PrimaryKeyDropped change) {
      primaryKeysDropped.add(change);
      return null;
    }

    @Override
    public Void visit(ForeignKeyAdded change) {
      foreignKeysAdded.add(change);
      return null;
    }

    @Override
    public Void visit(ForeignKeyDropped change) {
      foreignKeysDropped.add(change);
      return null;
    }

    @Override
    public Void visit(CheckAdded change) {
      checksAdded.add(change);
      return null;
    }

    @Override
    public Void visit(CheckDropped change) {
      checksDropped.add(change);
      return null;
    }

    @Override
    public Void visit(SequenceAdded change) {
      sequencesAdded.add(change);
      return null;
    }

    @Override
    public Void visit(SequenceDropped change) {
      sequencesDropped.add(change);
      return null;
    }
  }
}
