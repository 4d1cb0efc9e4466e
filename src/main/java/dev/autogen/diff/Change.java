package dev.autogen.diff;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * One difference between the current and the desired schema, holding model values (never SQL).
 * Adding a kind breaks compilation in every {@link ChangeVisitor} until it is handled.
 */
public sealed interface Change
    permits TableAdded,
        TableDropped,
        TableRenamed,
        ColumnAdded,
        ColumnDropped,
        ColumnRenamed,
        ColumnTypeChanged,
        ColumnNullabilityChanged,
        ColumnDefaultChanged,
        ColumnIdentityChanged,
        IndexAdded,
        IndexDropped,
        UniqueAdded,
        UniqueDropped,
        PrimaryKeyAdded,
        PrimaryKeyDropped,
        ForeignKeyAdded,
        ForeignKeyDropped,
        CheckAdded,
        CheckDropped,
        SequenceAdded,
        SequenceDropped {

  /** The table the change belongs to, by its desired name (current name for drops). */
  Identifier tableName();

  /** The column concerned, for column-level changes. */
  default Optional<Identifier> columnName() {
    return Optional.empty();
  }

  /** The index or constraint concerned, for changes to one. */
  default Optional<Identifier> objectName() {
    return Optional.empty();
  }

  <R> R accept(ChangeVisitor<R> visitor);

  /** The stable word used in JSON output and template names, e.g. {@code add_column}. */
  default String kind() {
    return accept(ChangeKinds.INSTANCE);
  }
}
