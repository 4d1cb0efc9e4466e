package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL;
import static dev.autogen.plan.StepKind.BACKFILL_INDEXES;
import static dev.autogen.plan.StepKind.BACKFILL_VALIDATE;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;
import static dev.autogen.plan.StepKind.SWITCH;
import static dev.autogen.plan.StepKind.SWITCH_VALIDATE;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.classify.Severity;
import dev.autogen.dialect.HazardWording;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plan of a type change through a shadow column ({@link TypeSwaps}): expand adds the new column
 * with a trigger that keeps it in step (and, for a NOT NULL column, a {@code CHECK ... IS NOT NULL}
 * added NOT VALID); the backfill fills it in batches, then its indexes are built concurrently and
 * the check validated; the switch renames it into the old column's place and moves the primary key,
 * unique constraints, indexes, foreign keys, checks, default and identity onto it in one
 * transaction of catalog changes; a reverse trigger keeps the retired old column in step for the
 * downgrade until the contract drops it.
 */
final class TypeSwapPlans {

  private final PlanSupport support;

  TypeSwapPlans(PlanSupport support) {
    this.support = support;
  }

  List<PlanItem> plan(TypeSwaps.Swap s, Items classified) {
    Items out = new Items(asPlanned(classified.assessment(), s, support.dialect().wording()));
    Identifier t = s.table();
    Table table = s.current();
    Column old = s.before();
    Column shadow =
        s.after()
            .withName(s.shadow())
            .withNullable(true)
            .withDefault(Optional.empty())
            .withIdentity(Optional.empty());
    Column swapped = s.after();
    Column retired =
        old.withName(s.retired())
            .withNullable(true)
            .withDefault(Optional.empty())
            .withIdentity(Optional.empty());
    Value toShadow = new Value.FromColumn(old.name(), Optional.of(swapped.type()));
    Value shadowToOld = back(s.shadow(), swapped.type(), old.type());
    Value retiredToNew = new Value.FromColumn(s.retired(), Optional.of(swapped.type()));
    Value newToRetired = back(old.name(), swapped.type(), old.type());
    Optional<Check> notNull =
        swapped.nullable()
            ? Optional.empty()
            : Optional.of(
                new Check(
                    NotNullCheckName.of(t, s.shadow(), support.dialect().identifiers().maxLength()),
                    support.dialect().quote(s.shadow()) + " IS NOT NULL"));

    List<PlanItem> items = new ArrayList<>();
    items.add(
        out.item(
            EXPAND,
            Rank.PRECHECK,
            List.of(new Precheck(t, new Precheck.NoDependentViews(old.name()))),
            List.of()));
    // the NOT VALID check holds for every row written from here on: the trigger fills the shadow
    // column on every insert and update
    List<Operation> expand = new ArrayList<>();
    expand.add(new AddColumn(t, shadow));
    expand.add(new CreateSyncTrigger(t, old, shadow, toShadow, shadowToOld, true));
    notNull.ifPresent(c -> expand.add(new AddCheck(t, c, true)));
    List<Operation> expandUndo = new ArrayList<>();
    notNull.ifPresent(c -> expandUndo.add(new DropConstraint(t, c.name())));
    expandUndo.add(new DropSyncTrigger(t, old, shadow));
    expandUndo.add(new DropColumn(t, shadow));
    items.add(out.item(EXPAND, Rank.ADD_COLUMN, expand, expandUndo));

    items.add(
        out.item(
            BACKFILL,
            Rank.ALTER_COLUMN,
            List.of(support.backfill(t, s.shadow(), toShadow)),
            List.of()));
    // built once the column is filled: the backfill then writes no index entries, and its
    // updates stay HOT-eligible
    for (Index index : shadowIndexes(s)) {
      items.add(
          out.item(
              BACKFILL_INDEXES,
              Rank.INDEX,
              List.of(new CreateIndex(t, index, true)),
              List.of(new DropIndex(t, index, true))));
    }
    notNull.ifPresent(
        c ->
            items.add(
                out.item(
                    BACKFILL_VALIDATE,
                    Rank.ADD_CONSTRAINT,
                    List.of(new ValidateConstraint(t, c.name())),
                    List.of())));

    items.addAll(movedConstraints(s, out));
    Switch switched = new Switch(s, table, shadow, swapped, retired, notNull);
    items.add(
        out.item(
            SWITCH,
            Rank.RENAME,
            switchOps(switched, retiredToNew, newToRetired),
            switchUndo(switched, toShadow, shadowToOld)));

    items.add(
        out.item(
            CONTRACT,
            Rank.DROP_COLUMN,
            List.of(new DropSyncTrigger(t, retired, swapped), new DropColumn(t, retired)),
            List.of(
                new AddColumn(t, retired),
                new Backfill(t, s.retired(), newToRetired),
                new CreateSyncTrigger(t, retired, swapped, retiredToNew, newToRetired))));
    return items;
  }

  /**
   * The classifier judged an in-place {@code ALTER COLUMN ... TYPE}; the file headers describe the
   * swap instead, whose only lock is the switch's brief one.
   */
  private static Assessment asPlanned(Assessment a, TypeSwaps.Swap s, HazardWording wording) {
    List<Hazard> hazards = new ArrayList<>();
    for (Hazard h : a.hazards()) {
      if (h.code() == HazardCode.TABLE_REWRITE) {
        hazards.add(
            new Hazard(
                    HazardCode.TABLE_REWRITE,
                    "the backfill updates every row of "
                        + s.table()
                        + " in batches, each its own transaction, instead of one rewrite under a"
                        + " lock")
                .withSeverity(Severity.INFO));
      } else if (h.code() == HazardCode.BLOCKING_LOCK) {
        hazards.add(
            new Hazard(
                    HazardCode.BLOCKING_LOCK,
                    HazardWording.fill(wording.switchLock(), s.table(), "", "", ""))
                .withSeverity(Severity.INFO));
      } else {
        hazards.add(h);
      }
    }
    return new Assessment(a.change(), a.backward(), a.forward(), hazards);
  }

  /**
   * The old type from the new, NULL where a value only the new type holds does not fit: the retired
   * column serves the downgrade and must never make the new version's writes fail.
   */
  private Value back(Identifier column, SqlType from, SqlType to) {
    return Misfit.of(from, to, support.dialect().types())
        .<Value>map(m -> new Value.CastIfFits(column, to, m))
        .orElseGet(() -> new Value.FromColumn(column, Optional.of(to)));
  }

  /** The unique and plain indexes to build on the shadow column: one per key or index it is in. */
  private List<Index> shadowIndexes(TypeSwaps.Swap s) {
    List<Index> indexes = new ArrayList<>();
    Table t = s.current();
    t.primaryKey()
        .filter(pk -> s.covers(pk.columns()))
        .ifPresent(pk -> indexes.add(shadowIndex(s, pkName(t), pk.columns(), true)));
    t.uniques().stream()
        .filter(u -> s.covers(u.columns()))
        .forEach(u -> indexes.add(shadowIndex(s, u.name(), u.columns(), true)));
    t.indexes().stream()
        .filter(i -> !i.isOpaque() && s.covers(i.columns()))
        .forEach(i -> indexes.add(shadowIndex(s, i.name(), i.columns(), i.unique())));
    return indexes;
  }

  private Index shadowIndex(
      TypeSwaps.Swap s, Identifier name, List<Identifier> columns, boolean unique) {
    return new Index(shadowName(name), s.onShadow(columns), unique, Optional.empty());
  }

  private Identifier shadowName(Identifier name) {
    return support.shadowName(name);
  }

  private Identifier pkName(Table t) {
    return t.primaryKey()
        .flatMap(PrimaryKey::name)
        .orElse(support.dialect().identifiers().primaryKeyName(t.name()));
  }

  /**
   * Foreign keys and checks over the column are dropped before the switch and re-created NOT VALID
   * after it (a brief lock), then validated in a transaction of their own: a foreign key depends on
   * the key index the switch replaces, and both would otherwise stay with the retired column.
   */
  private List<PlanItem> movedConstraints(TypeSwaps.Swap s, Items out) {
    List<PlanItem> items = new ArrayList<>();
    for (Map.Entry<Identifier, ForeignKey> e : support.typeSwaps().foreignKeysMovedBy(s)) {
      Identifier owner = e.getKey();
      ForeignKey fk = e.getValue();
      move(
          items,
          out,
          owner,
          DropConstraint.foreignKey(owner, fk.name()),
          Rank.ADD_FOREIGN_KEY,
          notValid -> new AddForeignKey(owner, fk, notValid));
    }
    Identifier t = s.table();
    for (Check check : s.current().checks()) {
      if (TypeSwaps.mentions(check.expression(), s.before().name())) {
        move(
            items,
            out,
            t,
            new DropConstraint(t, check.name()),
            Rank.ADD_CONSTRAINT,
            notValid -> new AddCheck(t, check, notValid));
      }
    }
    return items;
  }

  /**
   * Drops a constraint before the switch, re-adds it NOT VALID after, validates it later; {@code
   * add} adds it NOT VALID or not.
   */
  private static void move(
      List<PlanItem> items,
      Items out,
      Identifier table,
      DropConstraint drop,
      Rank readdRank,
      Function<Boolean, Operation> add) {
    Identifier constraint = drop.constraint();
    items.add(out.item(SWITCH, Rank.RELAX, List.of(drop), List.of(add.apply(false))));
    items.add(out.item(SWITCH, readdRank, List.of(add.apply(true)), List.of(drop)));
    items.add(
        out.item(
            SWITCH_VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(table, constraint)),
            List.of()));
  }

  /**
   * What the switch and its undo work on: the swap, the table before it, the shadow column as the
   * backfill left it, the new column as it will be, the old one as it is retired, and the NOT NULL
   * check that lets the new column skip its scan, where it is NOT NULL.
   */
  private record Switch(
      TypeSwaps.Swap swap,
      Table table,
      Column shadow,
      Column swapped,
      Column retired,
      Optional<Check> notNull) {}

  /** Drops the unique and primary key constraints over the column, which the switch replaces. */
  private void dropCoveredKeys(Switch w, List<Operation> ops) {
    TypeSwaps.Swap s = w.swap();
    Identifier t = s.table();
    w.table().uniques().stream()
        .filter(u -> s.covers(u.columns()))
        .forEach(u -> ops.add(new DropConstraint(t, u.name())));
    w.table()
        .primaryKey()
        .filter(pk -> s.covers(pk.columns()))
        .ifPresent(pk -> ops.add(new DropConstraint(t, pkName(w.table()))));
  }

  private List<Operation> switchOps(Switch w, Value retiredToNew, Value newToRetired) {
    TypeSwaps.Swap s = w.swap();
    Table table = w.table();
    Column swapped = w.swapped();
    Identifier t = s.table();
    Column old = s.before();
    Identifier col = old.name();
    List<Operation> ops = new ArrayList<>();
    ops.add(new DropSyncTrigger(t, old, w.shadow()));
    dropCoveredKeys(w, ops);
    plainIndexes(s).forEach(i -> ops.add(new DropIndex(t, i, false)));
    old.identity().ifPresent(i -> ops.add(new DropIdentity(t, col)));
    old.defaultExpression().ifPresent(d -> ops.add(new DropDefault(t, col)));
    ops.add(new RenameColumn(t, col, s.retired()));
    ops.add(new RenameColumn(t, s.shadow(), col));
    // the validated check lets SET NOT NULL skip its scan; the retired column is filled by a
    // trigger from here on and must not refuse what that trigger cannot convert
    w.notNull()
        .ifPresent(
            c -> {
              ops.add(new SetNotNull(t, col));
              ops.add(new DropConstraint(t, c.name()));
            });
    if (!old.nullable()) {
      ops.add(new DropNotNull(t, s.retired()));
    }
    table
        .primaryKey()
        .filter(pk -> s.covers(pk.columns()))
        .ifPresent(
            pk ->
                ops.add(
                    new AddPrimaryKey(
                        t,
                        new PrimaryKey(Optional.of(pkName(table)), pk.columns()),
                        Optional.of(shadowName(pkName(table))))));
    table.uniques().stream()
        .filter(u -> s.covers(u.columns()))
        .forEach(u -> ops.add(new AddUnique(t, u, Optional.of(shadowName(u.name())))));
    plainIndexes(s).forEach(i -> ops.add(new RenameIndex(t, shadowName(i.name()), i.name())));
    swapped.defaultExpression().ifPresent(d -> ops.add(new SetDefault(t, col, d)));
    swapped.identity().ifPresent(i -> ops.add(new AddIdentity(t, col, i)));
    ops.add(new CreateSyncTrigger(t, w.retired(), swapped, retiredToNew, newToRetired));
    return ops;
  }

  /**
   * The switch undone: the old column back in its place with its key, indexes and generated values.
   * The key and unique indexes went with the constraints the switch replaced, so they are built
   * again here, under the lock (a downgrade is an emergency; its header says so).
   */
  private List<Operation> switchUndo(Switch w, Value toShadow, Value shadowToOld) {
    TypeSwaps.Swap s = w.swap();
    Table table = w.table();
    Column swapped = w.swapped();
    Optional<Check> notNull = w.notNull();
    Identifier t = s.table();
    Column old = s.before();
    Identifier col = old.name();
    List<Operation> ops = new ArrayList<>();
    // values the new version wrote beyond the old type's range reached the retired column as NULL;
    // going back would lose them, so the downgrade stops first and names them
    Misfit.of(swapped.type(), old.type(), support.dialect().types())
        .ifPresent(m -> ops.add(new Precheck(t, new Precheck.ValuesFit(col, old.type(), m))));
    if (!old.nullable()) {
      // the retired column becomes the NOT NULL column again: a NULL the trigger left in it would
      // stop the undo half way, after the names are swapped back
      ops.add(new Precheck(t, new Precheck.NoNulls(s.retired())));
    }
    ops.add(new DropSyncTrigger(t, w.retired(), swapped));
    swapped.identity().ifPresent(i -> ops.add(new DropIdentity(t, col)));
    swapped.defaultExpression().ifPresent(d -> ops.add(new DropDefault(t, col)));
    plainIndexes(s).forEach(i -> ops.add(new RenameIndex(t, i.name(), shadowName(i.name()))));
    dropCoveredKeys(w, ops);
    if (notNull.isPresent()) {
      ops.add(new DropNotNull(t, col));
    }
    ops.add(new RenameColumn(t, col, s.shadow()));
    ops.add(new RenameColumn(t, s.retired(), col));
    notNull.ifPresent(c -> ops.add(new AddCheck(t, c, false)));
    if (!old.nullable()) {
      ops.add(new SetNotNull(t, col));
    }
    table
        .primaryKey()
        .filter(pk -> s.covers(pk.columns()))
        .ifPresent(
            pk -> {
              ops.add(new CreateIndex(t, shadowIndex(s, pkName(table), pk.columns(), true), false));
              ops.add(
                  new AddPrimaryKey(t, new PrimaryKey(Optional.of(pkName(table)), pk.columns())));
            });
    table.uniques().stream()
        .filter(u -> s.covers(u.columns()))
        .forEach(
            u -> {
              ops.add(new CreateIndex(t, shadowIndex(s, u.name(), u.columns(), true), false));
              ops.add(new AddUnique(t, u, Optional.empty()));
            });
    plainIndexes(s).forEach(i -> ops.add(new CreateIndex(t, i, false)));
    old.defaultExpression().ifPresent(d -> ops.add(new SetDefault(t, col, d)));
    old.identity().ifPresent(i -> ops.add(new AddIdentity(t, col, i)));
    ops.add(new CreateSyncTrigger(t, old, w.shadow(), toShadow, shadowToOld, true));
    return ops;
  }

  private static List<Index> plainIndexes(TypeSwaps.Swap s) {
    return s.current().indexes().stream()
        .filter(i -> !i.isOpaque() && s.covers(i.columns()))
        .toList();
  }
}
