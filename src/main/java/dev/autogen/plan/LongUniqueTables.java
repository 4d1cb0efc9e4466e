package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold a unique key kept as a hash over a hidden virtual column ({@link
 * LongUniqueKeys}) before or after the plan, by their current and their desired names. While a
 * table holds one, MariaDB 10.11 changes it only by copying it: {@code ALGORITHM=INPLACE}, {@code
 * NOCOPY} and {@code INSTANT} are all refused (error 1846, "INPLACE ADD or DROP of virtual columns
 * cannot be combined with other ALTER TABLE actions") for a column added, dropped, renamed or
 * modified, a default, an index added, dropped or renamed, a foreign key, a primary key. The one
 * exception: dropping the table's only such key, which leaves no hidden column behind, is made in
 * place.
 *
 * <p>Known for the whole plan rather than step by step: a step before the key is added or after it
 * is dropped also copies. That only costs a copy where none was needed; the other way round the
 * statement stops with that error.
 */
public record LongUniqueTables(Map<Identifier, Set<Identifier>> keys) {

  public LongUniqueTables {
    keys = Map.copyOf(keys);
  }

  /** No table holds such a key (PostgreSQL, MySQL, or none found). */
  public static LongUniqueTables none() {
    return new LongUniqueTables(Map.of());
  }

  static LongUniqueTables of(Dialect dialect, Schema current, Schema desired) {
    Map<Identifier, Set<Identifier>> keys = new HashMap<>();
    for (Schema schema : List.of(current, desired)) {
      for (Table t : schema.tables()) {
        Set<Identifier> names = LongUniqueKeys.of(dialect, t);
        if (!names.isEmpty()) {
          keys.merge(t.name(), names, LongUniqueTables::union);
        }
      }
    }
    return new LongUniqueTables(keys);
  }

  /**
   * The table {@code op} copies because it holds such a key, if it does: every {@code ALTER TABLE}
   * of it but the drop of its only such key.
   */
  public java.util.Optional<Identifier> copiedTable(Operation op) {
    return op.alteredTable()
        .filter(keys::containsKey)
        .filter(t -> !(op instanceof DropIndex d && Set.of(d.index().name()).equals(keys.get(t))));
  }

  /** Why {@code table} is copied, after its name: {@code holds unique key k, longer than ...}. */
  public String why(Identifier table) {
    return "it holds unique key "
        + String.join(", ", keys.get(table).stream().map(Identifier::value).sorted().toList())
        + ", longer than the index limit and kept as a hash over a hidden column, and the server"
        + " changes such a table only by copying it";
  }

  /**
   * {@code step} knowing these tables, its header saying which of them it copies and why, and the
   * changes on them carrying the copy's lock as a hazard, in the dialect's words.
   */
  Step onto(Step step, HazardWording wording) {
    java.util.SortedSet<Identifier> copied = new java.util.TreeSet<>();
    for (List<Operation> ops : List.of(step.upgrade(), step.downgrade())) {
      ops.forEach(op -> copiedTable(op).ifPresent(copied::add));
    }
    String why = step.why();
    List<Assessment> assessments = new ArrayList<>();
    for (Identifier table : copied) {
      why +=
          " Every change to table "
              + table.value()
              + " here copies it (ALGORITHM=COPY, LOCK=SHARED), since "
              + why(table)
              + ".";
    }
    for (Assessment a : step.assessments()) {
      Identifier table = a.change().tableName();
      if (!copied.contains(table)) {
        assessments.add(a);
        continue;
      }
      // the classifier's lock was the in-place one: the copy's replaces it
      List<Hazard> hazards = new ArrayList<>();
      a.hazards().stream().filter(h -> h.code() != HazardCode.BLOCKING_LOCK).forEach(hazards::add);
      String during = "for the whole copy, since " + why(table);
      hazards.add(
          new Hazard(
              HazardCode.BLOCKING_LOCK,
              HazardWording.fill(wording.rebuildLock(), table.value(), "", "", during)));
      assessments.add(new Assessment(a.change(), a.backward(), a.forward(), hazards));
    }
    return new Step(
        step.phase(),
        step.slug(),
        step.title(),
        why,
        step.next(),
        step.transactional(),
        step.reversible(),
        step.upgrade(),
        step.downgrade(),
        assessments);
  }

  private static Set<Identifier> union(Set<Identifier> a, Set<Identifier> b) {
    Set<Identifier> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
