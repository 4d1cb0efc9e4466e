package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * The table an operation changes with an {@code ALTER TABLE} that carries {@code ALGORITHM=} and
 * {@code LOCK=} clauses where the dialect has them; empty for statements without them (tables,
 * views, sequences, row updates, triggers, checks run before a change, a constraint's validation, a
 * sequence default, which the server changes as it must; the change handed to
 * pt-online-schema-change, judged on its own).
 */
final class AlteredTable implements OperationVisitor<Optional<Identifier>> {
  static final AlteredTable INSTANCE = new AlteredTable();

  private AlteredTable() {}

  @Override
  public Optional<Identifier> visit(CreateTable op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropTable op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(RenameTable op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(RenameColumn op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(RenameIndex op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(CreateCompatibilityView op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropView op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(AddColumn op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(DropColumn op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AlterColumnType op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(SetNotNull op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(DropNotNull op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(SetDefault op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(SetSequenceDefault op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(AdvanceSequence op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropDefault op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AddIdentity op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(DropIdentity op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(CreateIndex op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(DropIndex op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AddUnique op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AddPrimaryKey op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AddForeignKey op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(AddCheck op) {
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(ValidateConstraint op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropConstraint op) {
    // a foreign key's drop too: it is written DROP FOREIGN KEY, which a copy carries out (MariaDB
    // 10.11 ends DROP CONSTRAINT fk, ALGORITHM=COPY without an error and keeps the key)
    return Optional.of(op.table());
  }

  @Override
  public Optional<Identifier> visit(CreateSequence op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropSequence op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(Backfill op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(ConvertValues op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(CreateSyncTrigger op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(DropSyncTrigger op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(BatchedBackfill op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(BatchedConvertValues op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(Precheck op) {
    return Optional.empty();
  }

  @Override
  public Optional<Identifier> visit(OnlineSchemaChange op) {
    // the tool's own copy: the change it carries is judged on its own
    return Optional.empty();
  }
}
