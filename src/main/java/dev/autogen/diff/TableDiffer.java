package dev.autogen.diff;

import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Differences inside one table present on both sides (already renamed to its desired name). */
final class TableDiffer {

  private final List<RenameHint> renames;
  private final boolean keyOrderMatters;

  TableDiffer(List<RenameHint> renames, boolean keyOrderMatters) {
    this.renames = List.copyOf(renames);
    this.keyOrderMatters = keyOrderMatters;
  }

  void diff(Table current, Table desired, List<Change> out) {
    Identifier table = desired.name();
    List<Column> currentColumns = current.columns();
    List<Column> desiredColumns = desired.columns();
    for (RenameHint hint : renames) {
      if (hint.table().equals(Optional.of(table))) {
        Optional<Column> from = current.column(hint.from());
        Optional<Column> to = desired.column(hint.to());
        if (from.isPresent()
            && to.isPresent()
            && current.column(hint.to()).isEmpty()
            && desired.column(hint.from()).isEmpty()) {
          out.add(new ColumnRenamed(table, from.get(), to.get()));
          // copied only here: most tables have no rename, and the diff runs for every table
          currentColumns = without(currentColumns, from.get());
          desiredColumns = without(desiredColumns, to.get());
        }
      }
    }
    columns(table, currentColumns, desiredColumns, out);

    primaryKey(table, current.primaryKey(), desired.primaryKey(), out);
    uniquesAndIndexes(table, current, desired, out);
    SortedMerge.merge(
        current.foreignKeys(),
        desired.foreignKeys(),
        StructureKey::foreignKey,
        fk -> out.add(new ForeignKeyDropped(table, fk)),
        fk -> out.add(new ForeignKeyAdded(table, fk)),
        (c, d) -> {});
    SortedMerge.merge(
        current.checks(),
        desired.checks(),
        Check::expression,
        ck -> out.add(new CheckDropped(table, ck)),
        ck -> out.add(new CheckAdded(table, ck)),
        (c, d) -> {});
  }

  /**
   * Column changes by column name, then added columns, then dropped ones, each in name order. The
   * columns are matched through a map, and only those that differ are sorted: sorting every table's
   * columns by name was most of the diff at 5,000 tables, and each comparison reads names scattered
   * over a heap larger than the processor's cache (issue 18).
   */
  private static void columns(
      Identifier table, List<Column> current, List<Column> desired, List<Change> out) {
    Map<Identifier, Column> currentByName = new HashMap<>(current.size() * 2);
    for (Column c : current) {
      currentByName.put(c.name(), c);
    }
    if (currentByName.size() != current.size()) {
      // two columns of one name (a model built by hand): paired in order, as they always were
      byName(table, current, desired, out);
      return;
    }
    List<Column[]> changed = new ArrayList<>(0);
    List<Column> added = new ArrayList<>(0);
    for (Column d : desired) {
      Column c = currentByName.remove(d.name());
      if (c == null) {
        added.add(d);
      } else if (!c.equals(d)) {
        changed.add(new Column[] {c, d});
      }
    }
    changed.sort(Comparator.comparing(pair -> pair[1].name()));
    changed.forEach(pair -> columnChanges(table, pair[0], pair[1], out));
    added.sort(Comparator.comparing(Column::name));
    added.forEach(c -> out.add(new ColumnAdded(table, c)));
    List<Column> dropped = new ArrayList<>(currentByName.values());
    dropped.sort(Comparator.comparing(Column::name));
    dropped.forEach(c -> out.add(new ColumnDropped(table, c)));
  }

  private static void byName(
      Identifier table, List<Column> current, List<Column> desired, List<Change> out) {
    List<Column> droppedColumns = new ArrayList<>();
    List<Column> addedColumns = new ArrayList<>();
    SortedMerge.merge(
        current,
        desired,
        Column::name,
        droppedColumns::add,
        addedColumns::add,
        (c, d) -> columnChanges(table, c, d, out));
    addedColumns.forEach(c -> out.add(new ColumnAdded(table, c)));
    droppedColumns.forEach(c -> out.add(new ColumnDropped(table, c)));
  }

  private static List<Column> without(List<Column> columns, Column column) {
    List<Column> rest = new ArrayList<>(columns);
    rest.remove(column);
    return rest;
  }

  private static void columnChanges(Identifier table, Column c, Column d, List<Change> out) {
    if (!c.type().equals(d.type())) {
      out.add(new ColumnTypeChanged(table, c, d));
    }
    if (c.nullable() != d.nullable()) {
      out.add(new ColumnNullabilityChanged(table, c, d));
    }
    // an identity column carries no default of its own; compare defaults only without identity
    if (!c.defaultExpression().equals(d.defaultExpression())
        && c.identity().isEmpty()
        && d.identity().isEmpty()) {
      out.add(new ColumnDefaultChanged(table, c, d));
    }
    if (!c.identity().equals(d.identity())) {
      out.add(new ColumnIdentityChanged(table, c, d));
    }
  }

  private void primaryKey(
      Identifier table, Optional<PrimaryKey> c, Optional<PrimaryKey> d, List<Change> out) {
    List<Identifier> cc = c.map(PrimaryKey::columns).orElse(List.of());
    List<Identifier> dc = d.map(PrimaryKey::columns).orElse(List.of());
    if (cc.equals(dc)
        || (!keyOrderMatters && cc.size() == dc.size() && Set.copyOf(cc).equals(Set.copyOf(dc)))) {
      return;
    }
    c.ifPresent(pk -> out.add(new PrimaryKeyDropped(table, pk)));
    d.ifPresent(pk -> out.add(new PrimaryKeyAdded(table, pk)));
  }

  /**
   * A unique constraint and a unique index on the same columns enforce the same rule; which of the
   * two a database holds depends on who created it, so they match each other.
   */
  private static void uniquesAndIndexes(
      Identifier table, Table current, Table desired, List<Change> out) {
    Set<String> currentUnique = uniqueKeys(current);
    Set<String> desiredUnique = uniqueKeys(desired);
    SortedMerge.merge(
        current.uniques(),
        desired.uniques(),
        u -> StructureKey.columns(u.columns()),
        u -> {
          if (!desiredUnique.contains(StructureKey.columns(u.columns()))) {
            out.add(new UniqueDropped(table, u));
          }
        },
        u -> {
          if (!currentUnique.contains(StructureKey.columns(u.columns()))) {
            out.add(new UniqueAdded(table, u));
          }
        },
        (c, d) -> {});
    List<Index> currentIndexes = new ArrayList<>(current.indexes().size());
    for (Index index : current.indexes()) {
      if (!index.isOpaque()) {
        currentIndexes.add(index);
      }
    }
    SortedMerge.merge(
        currentIndexes,
        desired.indexes(),
        StructureKey::index,
        i -> {
          if (!(i.unique() && desiredUnique.contains(StructureKey.columns(i.columns())))) {
            out.add(new IndexDropped(table, i));
          }
        },
        i -> {
          if (!(i.unique() && currentUnique.contains(StructureKey.columns(i.columns())))) {
            out.add(new IndexAdded(table, i));
          }
        },
        (c, d) -> {});
  }

  /** The column lists a unique constraint or unique index enforces (loops: runs per table). */
  private static Set<String> uniqueKeys(Table t) {
    if (t.uniques().isEmpty() && t.indexes().isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    for (UniqueConstraint unique : t.uniques()) {
      keys.add(StructureKey.columns(unique.columns()));
    }
    for (Index index : t.indexes()) {
      if (index.unique() && !index.isOpaque()) {
        keys.add(StructureKey.columns(index.columns()));
      }
    }
    return keys;
  }
}
