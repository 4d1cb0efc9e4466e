package dev.autogen.diff;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the current schema (the database) with the desired one (the entities) and lists typed
 * changes. Renames are applied only where the user stated them; every other pair stays a drop and
 * an add (the renames stage decides what to ask about them). Output order: renames, new sequences,
 * new tables (referenced tables first), changes inside existing tables, dropped tables (referencing
 * tables first), dropped sequences.
 */
public final class Differ {

  private final boolean keyOrderMatters;

  /** A differ that reports a primary key whose columns are the same but in another order. */
  public Differ() {
    this(true);
  }

  private Differ(boolean keyOrderMatters) {
    this.keyOrderMatters = keyOrderMatters;
  }

  /**
   * A differ for a database against entities: a primary key with the same columns in another order
   * is the same key. No JPA mapping can state a key's column order (Hibernate's DDL chooses it:
   * sorted by size and name for a join table, by attribute name for an embedded id), so an order
   * difference is not a difference of the mapping, and rebuilding a key for it would be churn.
   */
  public static Differ forEntities() {
    return new Differ(false);
  }

  public ChangeSet diff(Schema current, Schema desired, List<RenameHint> renames) {
    List<Change> changes = new ArrayList<>();
    Map<Identifier, Identifier> tableRenames = applicableTableRenames(current, desired, renames);
    tableRenames.forEach((from, to) -> changes.add(new TableRenamed(from, to)));
    Schema renamedCurrent = renameTables(current, tableRenames);

    List<Change> sequencesDropped = new ArrayList<>();
    SortedMerge.merge(
        renamedCurrent.sequences(),
        desired.sequences(),
        s -> s.name(),
        s -> sequencesDropped.add(new SequenceDropped(s)),
        s -> changes.add(new SequenceAdded(s)),
        (c, d) -> {});

    List<Table> added = new ArrayList<>();
    List<Table> dropped = new ArrayList<>();
    List<Change> inTables = new ArrayList<>();
    TableDiffer tableDiffer = new TableDiffer(renames, keyOrderMatters);
    SortedMerge.merge(
        renamedCurrent.tables(),
        desired.tables(),
        Table::name,
        dropped::add,
        added::add,
        (c, d) -> tableDiffer.diff(c, d, inTables));
    changes.addAll(TableOrder.referencedFirst(added).stream().map(TableAdded::new).toList());
    changes.addAll(inTables);
    List<Table> dropOrder = new ArrayList<>(TableOrder.referencedFirst(dropped));
    java.util.Collections.reverse(dropOrder);
    changes.addAll(dropOrder.stream().map(TableDropped::new).toList());
    changes.addAll(sequencesDropped);
    return new ChangeSet(changes, List.of());
  }

  /** Table hints whose old name exists only in the database and whose new name only in entities. */
  private static Map<Identifier, Identifier> applicableTableRenames(
      Schema current, Schema desired, List<RenameHint> renames) {
    Map<Identifier, Identifier> result = new java.util.LinkedHashMap<>();
    for (RenameHint hint : renames) {
      if (hint.isTableRename()
          && current.table(hint.from()).isPresent()
          && current.table(hint.to()).isEmpty()
          && desired.table(hint.to()).isPresent()
          && desired.table(hint.from()).isEmpty()) {
        result.put(hint.from(), hint.to());
      }
    }
    return result;
  }

  /**
   * The current schema as it will look right after the renames, including foreign keys that point
   * at a renamed table (the database follows a rename there by itself).
   */
  private static Schema renameTables(Schema current, Map<Identifier, Identifier> renames) {
    if (renames.isEmpty()) {
      return current;
    }
    List<Table> tables = new ArrayList<>();
    for (Table t : current.tables()) {
      List<ForeignKey> fks =
          t.foreignKeys().stream()
              .map(
                  fk ->
                      new ForeignKey(
                          fk.name(),
                          fk.columns(),
                          renames.getOrDefault(fk.referencedTable(), fk.referencedTable()),
                          fk.referencedColumns(),
                          fk.onDelete(),
                          fk.onUpdate()))
              .toList();
      Table renamed =
          new Table(
              renames.getOrDefault(t.name(), t.name()),
              t.columns(),
              t.primaryKey(),
              t.uniques(),
              t.indexes(),
              fks,
              t.checks());
      tables.add(renamed);
    }
    return new Schema(tables, current.sequences());
  }

  /** Orders tables so that a table comes after every table its foreign keys point at. */
  static final class TableOrder {
    private TableOrder() {}

    static List<Table> referencedFirst(List<Table> tables) {
      Map<Identifier, Table> byName = new HashMap<>();
      tables.forEach(t -> byName.put(t.name(), t));
      List<Table> ordered = new ArrayList<>();
      Set<Identifier> done = new HashSet<>();
      Set<Identifier> visiting = new HashSet<>();
      for (Table t : tables) {
        visit(t, byName, done, visiting, ordered);
      }
      return ordered;
    }

    private static void visit(
        Table t,
        Map<Identifier, Table> byName,
        Set<Identifier> done,
        Set<Identifier> visiting,
        List<Table> ordered) {
      if (done.contains(t.name()) || !visiting.add(t.name())) {
        return; // a cycle is broken here; foreign keys are added after all tables anyway
      }
      for (ForeignKey fk : t.foreignKeys()) {
        Table target = byName.get(fk.referencedTable());
        if (target != null) {
          visit(target, byName, done, visiting, ordered);
        }
      }
      visiting.remove(t.name());
      if (done.add(t.name())) {
        ordered.add(t);
      }
    }
  }
}
