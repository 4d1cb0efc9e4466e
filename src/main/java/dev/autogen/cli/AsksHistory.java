package dev.autogen.cli;

import dev.autogen.diff.*;

/**
 * Whether a change asks the git history of the entity sources (read only when some change does): a
 * dropped column may be a renamed field, an id switching generator needs the sequence the old
 * version drew from. One method per change kind, so that a new kind says whether it needs the
 * history before the pipeline compiles.
 */
final class AsksHistory implements ChangeVisitor<Boolean> {

  @Override
  public Boolean visit(TableAdded change) {
    return false;
  }

  @Override
  public Boolean visit(TableDropped change) {
    return false;
  }

  @Override
  public Boolean visit(TableRenamed change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnAdded change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnDropped change) {
    return true; // a renamed field? the base revision says
  }

  @Override
  public Boolean visit(ColumnRenamed change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnTypeChanged change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnNullabilityChanged change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnDefaultChanged change) {
    return false;
  }

  @Override
  public Boolean visit(ColumnIdentityChanged change) {
    return true; // which sequence did the old version draw from? the base revision says
  }

  @Override
  public Boolean visit(IndexAdded change) {
    return false;
  }

  @Override
  public Boolean visit(IndexDropped change) {
    return false;
  }

  @Override
  public Boolean visit(UniqueAdded change) {
    return false;
  }

  @Override
  public Boolean visit(UniqueDropped change) {
    return false;
  }

  @Override
  public Boolean visit(PrimaryKeyAdded change) {
    return false;
  }

  @Override
  public Boolean visit(PrimaryKeyDropped change) {
    return false;
  }

  @Override
  public Boolean visit(ForeignKeyAdded change) {
    return false;
  }

  @Override
  public Boolean visit(ForeignKeyDropped change) {
    return false;
  }

  @Override
  public Boolean visit(CheckAdded change) {
    return false;
  }

  @Override
  public Boolean visit(CheckDropped change) {
    return false;
  }

  @Override
  public Boolean visit(SequenceAdded change) {
    return false;
  }

  @Override
  public Boolean visit(SequenceDropped change) {
    return false;
  }
}
