package dev.autogen.plan;

import dev.autogen.diff.*;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import java.util.List;

/**
 * Whether a change of the plan concerns one column of one table (the column itself, a key, index,
 * foreign key or check over it, or a rename of its table): such a column keeps its type change in
 * place instead of swapping (see {@link TypeSwaps}). One method per change kind, so that a new kind
 * has to say whether it touches a column before the planner compiles.
 */
final class ColumnTouch implements ChangeVisitor<Boolean> {

  private final Identifier table;
  private final Identifier column;

  ColumnTouch(Identifier table, Identifier column) {
    this.table = table;
    this.column = column;
  }

  /** Whether the foreign key of {@code owner} has the column among its own or referenced ones. */
  static boolean foreignKeyTouches(
      Identifier owner, ForeignKey fk, Identifier table, Identifier column) {
    return (owner.equals(table) && fk.columns().contains(column))
        || (fk.referencedTable().equals(table) && fk.referencedColumns().contains(column));
  }

  @Override
  public Boolean visit(TableAdded change) {
    return false; // a table the database lacks has no column to swap
  }

  @Override
  public Boolean visit(TableDropped change) {
    return false; // a dropped table's columns change no type
  }

  @Override
  public Boolean visit(TableRenamed change) {
    return change.from().equals(table) || change.to().equals(table);
  }

  @Override
  public Boolean visit(ColumnAdded change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnDropped change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnRenamed change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnTypeChanged change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnNullabilityChanged change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnDefaultChanged change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(ColumnIdentityChanged change) {
    return isColumn(change);
  }

  @Override
  public Boolean visit(IndexAdded change) {
    return covers(change.table(), change.index().columns());
  }

  @Override
  public Boolean visit(IndexDropped change) {
    return covers(change.table(), change.index().columns());
  }

  @Override
  public Boolean visit(UniqueAdded change) {
    return covers(change.table(), change.unique().columns());
  }

  @Override
  public Boolean visit(UniqueDropped change) {
    return covers(change.table(), change.unique().columns());
  }

  @Override
  public Boolean visit(PrimaryKeyAdded change) {
    return covers(change.table(), change.primaryKey().columns());
  }

  @Override
  public Boolean visit(PrimaryKeyDropped change) {
    return covers(change.table(), change.primaryKey().columns());
  }

  @Override
  public Boolean visit(ForeignKeyAdded change) {
    return foreignKeyTouches(change.table(), change.foreignKey(), table, column);
  }

  @Override
  public Boolean visit(ForeignKeyDropped change) {
    return foreignKeyTouches(change.table(), change.foreignKey(), table, column);
  }

  @Override
  public Boolean visit(CheckAdded change) {
    return mentioned(change.table(), change.check().expression());
  }

  @Override
  public Boolean visit(CheckDropped change) {
    return mentioned(change.table(), change.check().expression());
  }

  @Override
  public Boolean visit(SequenceAdded change) {
    return false; // a sequence a default calls keeps the change in place by itself
  }

  @Override
  public Boolean visit(SequenceDropped change) {
    return false;
  }

  private boolean isColumn(Change change) {
    return change.tableName().equals(table)
        && change.columnName().filter(column::equals).isPresent();
  }

  private boolean covers(Identifier owner, List<Identifier> columns) {
    return owner.equals(table) && columns.contains(column);
  }

  private boolean mentioned(Identifier owner, String expression) {
    return owner.equals(table) && TypeSwaps.mentions(expression, column);
  }
}
