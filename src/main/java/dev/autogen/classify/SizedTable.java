package dev.autogen.classify;

import dev.autogen.diff.*;
import dev.autogen.model.Identifier;

/**
 * The table whose statistics size a change's hazards: the table as the database names it now (the
 * old name of a renamed table, whose rows are what the rename locks). One method per change kind,
 * so that a new kind says which table it weighs before the classifier compiles.
 */
final class SizedTable implements ChangeVisitor<Identifier> {

  @Override
  public Identifier visit(TableAdded change) {
    return change.tableName(); // no statistics: the table is new
  }

  @Override
  public Identifier visit(TableDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(TableRenamed change) {
    return change.from();
  }

  @Override
  public Identifier visit(ColumnAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnRenamed change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnTypeChanged change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnNullabilityChanged change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnDefaultChanged change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ColumnIdentityChanged change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(IndexAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(IndexDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(UniqueAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(UniqueDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(PrimaryKeyAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(PrimaryKeyDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ForeignKeyAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(ForeignKeyDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(CheckAdded change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(CheckDropped change) {
    return change.tableName();
  }

  @Override
  public Identifier visit(SequenceAdded change) {
    return change.tableName(); // a sequence has no table statistics
  }

  @Override
  public Identifier visit(SequenceDropped change) {
    return change.tableName(); // a sequence has no table statistics
  }
}
