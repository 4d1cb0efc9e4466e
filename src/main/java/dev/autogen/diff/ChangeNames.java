package dev.autogen.diff;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * The table and column a change concerns, by the names they had before it ({@code formerTable},
 * {@code formerColumn}) and after it ({@code table}, {@code column}): the same but for renames.
 * Found by a visitor, so that a new change kind that renames something fails to compile here
 * instead of being taken for one that does not.
 */
public record ChangeNames(
    Identifier formerTable,
    Optional<Identifier> formerColumn,
    Identifier table,
    Optional<Identifier> column) {

  public static ChangeNames of(Change change) {
    return change.accept(Finder.INSTANCE);
  }

  /** Whether the change gives its table or column a new name. */
  public boolean renames() {
    return !formerTable.equals(table) || !formerColumn.equals(column);
  }

  private static ChangeNames unchanged(Change c) {
    return new ChangeNames(c.tableName(), c.columnName(), c.tableName(), c.columnName());
  }

  private static final class Finder implements ChangeVisitor<ChangeNames> {
    static final Finder INSTANCE = new Finder();

    @Override
    public ChangeNames visit(TableAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(TableDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(TableRenamed change) {
      return new ChangeNames(change.from(), Optional.empty(), change.to(), Optional.empty());
    }

    @Override
    public ChangeNames visit(ColumnAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ColumnDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ColumnRenamed change) {
      return new ChangeNames(
          change.table(),
          Optional.of(change.before().name()),
          change.table(),
          Optional.of(change.after().name()));
    }

    @Override
    public ChangeNames visit(ColumnTypeChanged change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ColumnNullabilityChanged change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ColumnDefaultChanged change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ColumnIdentityChanged change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(IndexAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(IndexDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(UniqueAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(UniqueDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(PrimaryKeyAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(PrimaryKeyDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ForeignKeyAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(ForeignKeyDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(CheckAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(CheckDropped change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(SequenceAdded change) {
      return unchanged(change);
    }

    @Override
    public ChangeNames visit(SequenceDropped change) {
      return unchanged(change);
    }
  }
}
