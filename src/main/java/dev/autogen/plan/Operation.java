package dev.autogen.plan;

/**
 * One dialect-neutral schema operation of a plan step; {@code render} turns each into SQL through
 * the template named by {@link #kind()}.
 */
public sealed interface Operation
    permits CreateTable,
        DropTable,
        RenameTable,
        RenameColumn,
        RenameIndex,
        CreateCompatibilityView,
        DropView,
        AddColumn,
        DropColumn,
        AlterColumnType,
        SetNotNull,
        DropNotNull,
        SetDefault,
        SetSequenceDefault,
        AdvanceSequence,
        DropDefault,
        AddIdentity,
        DropIdentity,
        CreateIndex,
        DropIndex,
        AddUnique,
        AddPrimaryKey,
        AddForeignKey,
        AddCheck,
        ValidateConstraint,
        DropConstraint,
        CreateSequence,
        DropSequence,
        Backfill,
        ConvertValues,
        CreateSyncTrigger,
        DropSyncTrigger,
        BatchedBackfill,
        BatchedConvertValues,
        Precheck,
        OnlineSchemaChange {

  <R> R accept(OperationVisitor<R> visitor);

  /** Template name, e.g. {@code add_column}. */
  default String kind() {
    return accept(OperationKinds.INSTANCE);
  }
}
