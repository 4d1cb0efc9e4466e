package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The foreign keys lifted around in-place type changes where the server refuses to change the type
 * of a column a foreign key uses (MySQL, MariaDB: errors 1832/1833, {@code foreign_key_checks=0} or
 * not): each key of the current schema over a changing column, as its own or its referenced column,
 * is dropped before the first type change that touches it and re-added, after an orphan check, once
 * every column of the step has its new type. Between the two the key is not enforced; the orphan
 * check before the re-add is what catches a row written in that window.
 */
final class LiftedForeignKeys {

  /** A key of {@code owner} lifted by one type change. */
  record Lift(Identifier owner, ForeignKey foreignKey) {}

  private final Map<ColumnTypeChanged, List<Lift>> byChange;

  private LiftedForeignKeys(Map<ColumnTypeChanged, List<Lift>> byChange) {
    this.byChange = byChange;
  }

  static LiftedForeignKeys none() {
    return new LiftedForeignKeys(Map.of());
  }

  static LiftedForeignKeys of(
      Dialect dialect, ChangesByKind byKind, Schema current, TypeSwaps swaps) {
    if (dialect.capabilities().typeChangeUnderForeignKey()) {
      return none();
    }
    // a key the diff drops is dropped by its own plan, before the type changes (Rank.RELAX)
    Set<List<Identifier>> droppedByDiff = new HashSet<>();
    for (ForeignKeyDropped d : byKind.foreignKeysDropped()) {
      droppedByDiff.add(List.of(d.table(), d.foreignKey().name()));
    }
    Set<List<Identifier>> taken = new HashSet<>();
    Map<ColumnTypeChanged, List<Lift>> byChange = new java.util.IdentityHashMap<>();
    for (ColumnTypeChanged c : byKind.columnTypesChanged()) {
      if (swaps.of(c.table(), c.before().name()).isPresent()) {
        continue;
      }
      List<Lift> lifts = new ArrayList<>();
      for (Table t : current.tables()) {
        for (ForeignKey fk : t.foreignKeys()) {
          List<Identifier> key = List.of(t.name(), fk.name());
          if (ColumnTouch.foreignKeyTouches(t.name(), fk, c.table(), c.before().name())
              && !droppedByDiff.contains(key)
              && taken.add(key)) {
            lifts.add(new Lift(t.name(), fk));
          }
        }
      }
      if (!lifts.isEmpty()) {
        byChange.put(c, List.copyOf(lifts));
      }
    }
    return new LiftedForeignKeys(byChange);
  }

  /** The keys {@code change} lifts: none, or those no earlier type change lifted. */
  List<Lift> liftedBy(ColumnTypeChanged change) {
    return byChange.getOrDefault(change, List.of());
  }
}
