package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.classify.Verdict;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.ColumnTypeChanged;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>A key also becomes such a hash when a column it covers is widened past the limit ({@code
 * varchar(255)} to {@code varchar(1000)} under a unique key, utf8mb4): MariaDB 10.11 refuses that
 * {@code MODIFY} in place with the same error 1846, and with {@code ALGORITHM=COPY} turns the key
 * into a hash without a word (tried); narrowed back by a copy, it is an ordinary key again.
 *
 * <p>Known for the whole plan rather than step by step: a step before the key is added or after it
 * is dropped also copies. That only costs a copy where none was needed; the other way round the
 * statement stops with that error.
 *
 * @param keys by table, every such key it holds before or after the plan
 * @param held by table, those it holds before the plan (the others are added or made long by it)
 * @param widened by table, the columns whose new type makes one of its keys such a hash
 */
public record LongUniqueTables(
    Map<Identifier, Set<Identifier>> keys,
    Map<Identifier, Set<Identifier>> held,
    Map<Identifier, Set<Identifier>> widened) {

  public LongUniqueTables {
    keys = Map.copyOf(keys);
    held = Map.copyOf(held);
    widened = Map.copyOf(widened);
  }

  /** No table holds such a key (PostgreSQL, MySQL, or none found). */
  public static LongUniqueTables none() {
    return new LongUniqueTables(Map.of(), Map.of(), Map.of());
  }

  static LongUniqueTables of(Dialect dialect, Schema current, Schema desired) {
    Map<Identifier, Set<Identifier>> keys = new HashMap<>();
    Map<Identifier, Set<Identifier>> held = new HashMap<>();
    Map<Identifier, Set<Identifier>> widened = new HashMap<>();
    for (Table t : current.tables()) {
      Set<Identifier> names = LongUniqueKeys.of(dialect, t);
      if (!names.isEmpty()) {
        keys.merge(t.name(), names, LongUniqueTables::union);
        held.put(t.name(), names);
      }
    }
    for (Table t : desired.tables()) {
      Set<Identifier> names = LongUniqueKeys.of(dialect, t);
      if (!names.isEmpty()) {
        keys.merge(t.name(), names, LongUniqueTables::union);
      }
      Optional<Table> before = current.table(t.name());
      for (UniqueConstraint u : t.uniques()) {
        if (names.contains(u.name()) && before.isPresent()) {
          Set<Identifier> columns = retyped(before.get(), t, u.columns());
          if (!columns.isEmpty() && !LongUniqueKeys.isLong(dialect, before, u.columns())) {
            widened.merge(t.name(), columns, LongUniqueTables::union);
          }
        }
      }
    }
    return new LongUniqueTables(keys, held, widened);
  }

  /** The {@code columns} of {@code after} whose type differs in {@code before}. */
  private static Set<Identifier> retyped(Table before, Table after, List<Identifier> columns) {
    Set<Identifier> retyped = new java.util.HashSet<>();
    for (Identifier c : columns) {
      Optional<SqlType> was = before.column(c).map(Column::type);
      if (was.isPresent() && !was.equals(after.column(c).map(Column::type))) {
        retyped.add(c);
      }
    }
    return retyped;
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
    Set<Identifier> before = held.getOrDefault(table, Set.of());
    if (!before.isEmpty()) {
      return "it holds unique key "
          + names(before)
          + ", longer than the index limit and kept as a hash over a hidden column, and the server"
          + " changes such a table only by copying it";
    }
    Set<Identifier> columns = widened.getOrDefault(table, Set.of());
    return "unique key "
        + names(keys.get(table))
        + (columns.isEmpty()
            ? ", added by this plan,"
            : " becomes longer than the index limit with the new type of "
                + names(columns)
                + ", so it")
        + " is kept as a hash over a hidden column, and the server makes that hash and changes such"
        + " a table only by copying it";
  }

  private static String names(Set<Identifier> ids) {
    return String.join(", ", ids.stream().map(Identifier::value).sorted().toList());
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
      // the classifier's lock and scan were the in-place ones: the copy's replace them
      List<Hazard> hazards = new ArrayList<>();
      a.hazards().stream()
          .filter(h -> h.code() != HazardCode.BLOCKING_LOCK)
          .map(h -> h.code() == HazardCode.FULL_TABLE_SCAN ? scanByCopy(h, table, wording) : h)
          .forEach(hazards::add);
      String during = "for the whole copy, since " + why(table);
      hazards.add(
          new Hazard(
              HazardCode.BLOCKING_LOCK,
              HazardWording.fill(wording.rebuildLock(), table.value(), "", "", during)));
      assessments.add(
          new Assessment(a.change(), copied(a.backward(), a, table), a.forward(), hazards));
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

  /**
   * A scan the copy makes: it reads every row while the table's writes wait (the classifier's said
   * in place, and its remedy an in-place rebuild).
   */
  private Hazard scanByCopy(Hazard scan, Identifier table, HazardWording wording) {
    String during = "while the copy reads every row, since " + why(table);
    return new Hazard(
            HazardCode.FULL_TABLE_SCAN,
            HazardWording.fill(wording.rebuildLock(), table.value(), "", "", during))
        .withSeverity(scan.severity());
  }

  /**
   * The verdict on {@code a}: a widening that makes a key long no longer "only touches the
   * catalog".
   */
  private Verdict copied(Verdict verdict, Assessment a, Identifier table) {
    if (a.change() instanceof ColumnTypeChanged c
        && widened.getOrDefault(table, Set.of()).contains(c.after().name())) {
      return new Verdict(
          verdict.compatibility(),
          "Widening "
              + table.value()
              + "."
              + c.after().name().value()
              + " accepts every value the running code writes, but the server copies the table"
              + " for it: "
              + why(table)
              + ".");
    }
    return verdict;
  }

  private static Set<Identifier> union(Set<Identifier> a, Set<Identifier> b) {
    Set<Identifier> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
