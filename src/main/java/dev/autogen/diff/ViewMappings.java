package dev.autogen.diff;

import dev.autogen.model.Identifier;
import dev.autogen.model.View;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities over views ({@code @Immutable} entities, {@code @Subselect}, {@code @View}) map a name
 * the database holds as a view, not a table: the differ, which sees tables only, would add the
 * table, and a plan would run {@code CREATE TABLE} where the view stands. Such additions, and
 * foreign keys to a view, are taken out here; {@link NotCompared} reports the view instead, with
 * the columns the entity maps that the view lacks.
 */
public final class ViewMappings {

  private ViewMappings() {}

  /** The changes without any that would create a table, or a foreign key to one, over a view. */
  public static ChangeSet withoutViews(ChangeSet changes, List<View> views) {
    if (views.isEmpty()) {
      return changes;
    }
    Set<Identifier> names = views.stream().map(View::name).collect(Collectors.toSet());
    List<Change> kept =
        changes.changes().stream()
            .filter(c -> c.accept(NeedsTable.INSTANCE).filter(names::contains).isEmpty())
            .toList();
    return kept.size() == changes.changes().size()
        ? changes
        : new ChangeSet(kept, changes.suggestions());
  }

  /**
   * The name a change needs to be a table: the table it creates, or the one its foreign key
   * references; empty for the other kinds.
   */
  private static final class NeedsTable implements ChangeVisitor<Optional<Identifier>> {
    static final NeedsTable INSTANCE = new NeedsTable();

    @Override
    public Optional<Identifier> visit(TableAdded change) {
      return Optional.of(change.table().name());
    }

    @Override
    public Optional<Identifier> visit(TableDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(TableRenamed change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnRenamed change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnTypeChanged change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnNullabilityChanged change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnDefaultChanged change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ColumnIdentityChanged change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(IndexAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(IndexDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(UniqueAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(UniqueDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(PrimaryKeyAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(PrimaryKeyDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(ForeignKeyAdded change) {
      return Optional.of(change.foreignKey().referencedTable());
    }

    @Override
    public Optional<Identifier> visit(ForeignKeyDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(CheckAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(CheckDropped change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(SequenceAdded change) {
      return Optional.empty();
    }

    @Override
    public Optional<Identifier> visit(SequenceDropped change) {
      return Optional.empty();
    }
  }
}
