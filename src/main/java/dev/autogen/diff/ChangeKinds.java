package dev.autogen.diff;

/** The stable JSON word of each change kind. */
final class ChangeKinds implements ChangeVisitor<String> {
  static final ChangeKinds INSTANCE = new ChangeKinds();

  private ChangeKinds() {}

  @Override
  public String visit(TableAdded change) {
    return "add_table";
  }

  @Override
  public String visit(TableDropped change) {
    return "drop_table";
  }

  @Override
  public String visit(TableRenamed change) {
    return "rename_table";
  }

  @Override
  public String visit(ColumnAdded change) {
    return "add_column";
  }

  @Override
  public String visit(ColumnDropped change) {
    return "drop_column";
  }

  @Override
  public String visit(ColumnRenamed change) {
    return "rename_column";
  }

  @Override
  public String visit(ColumnTypeChanged change) {
    return "alter_column_type";
  }

  @Override
  public String visit(ColumnNullabilityChanged change) {
    return "alter_column_nullability";
  }

  @Override
  public String visit(ColumnDefaultChanged change) {
    return "alter_column_default";
  }

  @Override
  public String visit(ColumnIdentityChanged change) {
    return "alter_column_identity";
  }

  @Override
  public String visit(IndexAdded change) {
    return "add_index";
  }

  @Override
  public String visit(IndexDropped change) {
    return "drop_index";
  }

  @Override
  public String visit(UniqueAdded change) {
    return "add_unique";
  }

  @Override
  public String visit(UniqueDropped change) {
    return "drop_unique";
  }

  @Override
  public String visit(PrimaryKeyAdded change) {
    return "add_primary_key";
  }

  @Override
  public String visit(PrimaryKeyDropped change) {
    return "drop_primary_key";
  }

  @Override
  public String visit(ForeignKeyAdded change) {
    return "add_foreign_key";
  }

  @Override
  public String visit(ForeignKeyDropped change) {
    return "drop_foreign_key";
  }

  @Override
  public String visit(CheckAdded change) {
    return "add_check";
  }

  @Override
  public String visit(CheckDropped change) {
    return "drop_check";
  }

  @Override
  public String visit(SequenceAdded change) {
    return "add_sequence";
  }

  @Override
  public String visit(SequenceDropped change) {
    return "drop_sequence";
  }
}
