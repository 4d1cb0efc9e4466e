package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * One dialect-neutral schema operation of a plan step; {@code render} turns each into SQL through
 * the template named by {@link #kind()}. A kind that changes one existing table in place, where
 * MySQL and MariaDB may copy it, is a {@link TableAlteration}; the others implement this directly.
 */
public sealed interface Operation
    permits TableAlteration,
        CreateTable,
        DropTable,
        RenameTable,
        CreateCompatibilityView,
        DropView,
        SetSequenceDefault,
        AdvanceSequence,
        ValidateConstraint,
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

  /**
   * The table this operation changes in place with a statement that carries {@code ALGORITHM=} and
   * {@code LOCK=} clauses where the dialect has them (a {@link TableAlteration}); empty for the
   * statements without them: tables, views, sequences, row updates, triggers, checks run before a
   * change, a constraint's validation, a sequence default, which the server changes as it must, and
   * the change handed to pt-online-schema-change, judged on its own.
   */
  default Optional<Identifier> alteredTable() {
    return Optional.empty();
  }

  /** Template name, e.g. {@code add_column}. */
  default String kind() {
    return accept(OperationKinds.INSTANCE);
  }
}
