package dev.autogen.plan;

/** Template name of each operation kind. */
final class OperationKinds implements OperationVisitor<String> {
  static final OperationKinds INSTANCE = new OperationKinds();

  private OperationKinds() {}

  @Override
  public String visit(CreateTable op) {
    return "create_table";
  }

  @Override
  public String visit(DropTable op) {
    return "drop_table";
  }

  @Override
  public String visit(RenameTable op) {
    return "rename_table";
  }

  @Override
  public String visit(RenameColumn op) {
    return "rename_column";
  }

  @Override
  public String visit(RenameIndex op) {
    return "rename_index";
  }

  @Override
  public String visit(CreateCompatibilityView op) {
    return "create_compatibility_view";
  }

  @Override
  public String visit(DropView op) {
    return "drop_view";
  }

  @Override
  public String visit(AddColumn op) {
    return "add_column";
  }

  @Override
  public String visit(DropColumn op) {
    return "drop_column";
  }

  @Override
  public String visit(AlterColumnType op) {
    return "alter_column_type";
  }

  @Override
  public String visit(SetNotNull op) {
    return "set_not_null";
  }

  @Override
  public String visit(DropNotNull op) {
    return "drop_not_null";
  }

  @Override
  public String visit(SetDefault op) {
    return "set_default";
  }

  @Override
  public String visit(SetSequenceDefault op) {
    return "set_sequence_default";
  }

  @Override
  public String visit(DropDefault op) {
    return "drop_default";
  }

  @Override
  public String visit(AddIdentity op) {
    return "add_identity";
  }

  @Override
  public String visit(DropIdentity op) {
    return "drop_identity";
  }

  @Override
  public String visit(CreateIndex op) {
    return "create_index";
  }

  @Override
  public String visit(DropIndex op) {
    return "drop_index";
  }

  @Override
  public String visit(AddUnique op) {
    return "add_unique";
  }

  @Override
  public String visit(AddPrimaryKey op) {
    return "add_primary_key";
  }

  @Override
  public String visit(AddForeignKey op) {
    return "add_foreign_key";
  }

  @Override
  public String visit(AddCheck op) {
    return "add_check";
  }

  @Override
  public String visit(ValidateConstraint op) {
    return "validate_constraint";
  }

  @Override
  public String visit(DropConstraint op) {
    return "drop_constraint";
  }

  @Override
  public String visit(AdvanceSequence op) {
    return "advance_sequence";
  }

  @Override
  public String visit(CreateSequence op) {
    return "create_sequence";
  }

  @Override
  public String visit(DropSequence op) {
    return "drop_sequence";
  }

  @Override
  public String visit(Backfill op) {
    return "backfill";
  }

  @Override
  public String visit(ConvertValues op) {
    return "convert_values";
  }

  @Override
  public String visit(CreateSyncTrigger op) {
    return "create_sync_trigger";
  }

  @Override
  public String visit(DropSyncTrigger op) {
    return "drop_sync_trigger";
  }

  @Override
  public String visit(BatchedBackfill op) {
    return "batched_backfill";
  }

  @Override
  public String visit(BatchedConvertValues op) {
    return "batched_convert_values";
  }

  @Override
  public String visit(Precheck op) {
    return "check_" + op.expectation().name();
  }

  @Override
  public String visit(OnlineSchemaChange op) {
    return "online_schema_change";
  }
}
