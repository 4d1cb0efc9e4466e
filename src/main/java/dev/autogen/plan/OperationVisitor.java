package dev.autogen.plan;

/** One method per {@link Operation} kind. */
public interface OperationVisitor<R> {
  R visit(CreateTable op);

  R visit(DropTable op);

  R visit(RenameTable op);

  R visit(RenameColumn op);

  R visit(RenameIndex op);

  R visit(CreateCompatibilityView op);

  R visit(DropView op);

  R visit(AddColumn op);

  R visit(DropColumn op);

  R visit(AlterColumnType op);

  R visit(SetNotNull op);

  R visit(DropNotNull op);

  R visit(SetDefault op);

  R visit(SetSequenceDefault op);

  R visit(AdvanceSequence op);

  R visit(DropDefault op);

  R visit(AddIdentity op);

  R visit(DropIdentity op);

  R visit(CreateIndex op);

  R visit(DropIndex op);

  R visit(AddUnique op);

  R visit(AddPrimaryKey op);

  R visit(AddForeignKey op);

  R visit(AddCheck op);

  R visit(ValidateConstraint op);

  R visit(DropConstraint op);

  R visit(CreateSequence op);

  R visit(DropSequence op);

  R visit(Backfill op);

  R visit(ConvertValues op);

  R visit(CreateSyncTrigger op);

  R visit(DropSyncTrigger op);

  R visit(BatchedBackfill op);

  R visit(BatchedConvertValues op);

  R visit(Precheck op);

  R visit(OnlineSchemaChange op);
}
