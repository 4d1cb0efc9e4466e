package dev.autogen.diff;

/** One method per {@link Change} kind, so that a new kind cannot be forgotten. */
public interface ChangeVisitor<R> {
  R visit(TableAdded change);

  R visit(TableDropped change);

  R visit(TableRenamed change);

  R visit(ColumnAdded change);

  R visit(ColumnDropped change);

  R visit(ColumnRenamed change);

  R visit(ColumnTypeChanged change);

  R visit(ColumnNullabilityChanged change);

  R visit(ColumnDefaultChanged change);

  R visit(ColumnIdentityChanged change);

  R visit(IndexAdded change);

  R visit(IndexDropped change);

  R visit(UniqueAdded change);

  R visit(UniqueDropped change);

  R visit(PrimaryKeyAdded change);

  R visit(PrimaryKeyDropped change);

  R visit(ForeignKeyAdded change);

  R visit(ForeignKeyDropped change);

  R visit(CheckAdded change);

  R visit(CheckDropped change);

  R visit(SequenceAdded change);

  R visit(SequenceDropped change);
}
