package dev.autogen.plan;

import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;
import static dev.autogen.plan.StepKind.INDEXES;
import static dev.autogen.plan.StepKind.VALIDATE;

import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans for indexes and constraints: concurrent index builds, unique constraints over such an
 * index, foreign keys and checks added NOT VALID and validated later, and drops that only relax.
 */
final class ConstraintPlans {

  private final PlanSupport support;
  private final MovedKeyPlans moved;

  ConstraintPlans(PlanSupport support, MovedKeyPlans moved) {
    this.support = support;
    this.moved = moved;
  }

  List<PlanItem> plan(IndexAdded c, Items out) {
    if (!c.index().isOpaque() && moves(c.table(), c.index().columns())) {
      return moved.plan(c, out);
    }
    boolean concurrent = support.capabilities().concurrentIndex();
    List<Operation> ops = new ArrayList<>();
    if (c.index().unique() && !c.index().isOpaque()) {
      ops.add(new Precheck(c.table(), new Precheck.NoDuplicates(c.index().columns())));
    }
    ops.add(new CreateIndex(c.table(), c.index(), concurrent));
    return List.of(
        out.item(
            concurrent ? INDEXES : EXPAND,
            Rank.INDEX,
            ops,
            List.of(new DropIndex(c.table(), c.index(), concurrent))));
  }

  List<PlanItem> plan(IndexDropped c, Items out) {
    List<Index> keys =
        support
            .foreignKeyIndexes()
            .keptThroughDrop(c.table(), c.index().name(), c.index().columns());
    if (support.keepsColumns(c.table(), c.index().columns())) {
      boolean concurrent = support.capabilities().concurrentIndex();
      return List.of(
          out.item(
              concurrent ? INDEXES : EXPAND,
              Rank.INDEX,
              withKeysIndexes(c.table(), keys, new DropIndex(c.table(), c.index(), concurrent)),
              undoWithKeysIndexes(
                  c.table(), keys, new CreateIndex(c.table(), c.index(), concurrent))));
    }
    return List.of(
        out.item(
            CONTRACT,
            Rank.RELAX,
            withKeysIndexes(c.table(), keys, new DropIndex(c.table(), c.index(), false)),
            undoWithKeysIndexes(c.table(), keys, new CreateIndex(c.table(), c.index(), false))));
  }

  /**
   * {@code drop} after the foreign keys' own indexes it needs are built (see {@link
   * ForeignKeyIndexes#keptThroughDrop}).
   */
  private static List<Operation> withKeysIndexes(
      Identifier table, List<Index> keys, Operation drop) {
    List<Operation> ops = new ArrayList<>();
    keys.forEach(i -> ops.add(new CreateIndex(table, i, false)));
    ops.add(drop);
    return ops;
  }

  /** {@code restore}, then the foreign keys' own indexes dropped again, now that it serves them. */
  private static List<Operation> undoWithKeysIndexes(
      Identifier table, List<Index> keys, Operation restore) {
    List<Operation> ops = new ArrayList<>(List.of(restore));
    keys.forEach(i -> ops.add(new DropIndex(table, i, false)));
    return ops;
  }

  List<PlanItem> plan(UniqueAdded c, Items out) {
    UniqueConstraint u = c.unique();
    if (moves(c.table(), u.columns())) {
      return moved.plan(c, out);
    }
    Precheck unique = new Precheck(c.table(), new Precheck.NoDuplicates(u.columns()));
    List<Operation> undo = List.of(new DropConstraint(c.table(), u.name()));
    if (support.capabilities().concurrentIndex() && support.capabilities().uniqueUsingIndex()) {
      Index index = new Index(u.name(), u.columns(), true, Optional.empty());
      List<Operation> ops =
          List.of(
              unique,
              new CreateIndex(c.table(), index, true),
              new AddUnique(c.table(), u, Optional.of(u.name())));
      return List.of(out.item(INDEXES, Rank.INDEX, ops, undo));
    }
    if (LongUniqueKeys.isLong(support.dialect(), support.desired().table(c.table()), u.columns())) {
      // kept as a hash over a hidden column: added by a copy, found by DROP INDEX
      return List.of(
          out.item(
              EXPAND,
              Rank.ADD_CONSTRAINT,
              List.of(unique, new AddUnique(c.table(), u, Optional.empty(), true)),
              List.of(new DropIndex(c.table(), longUniqueHash(u), false))));
    }
    List<Operation> ops = List.of(unique, new AddUnique(c.table(), u, Optional.empty()));
    return List.of(out.item(EXPAND, Rank.ADD_CONSTRAINT, ops, undo));
  }

  List<PlanItem> plan(UniqueDropped c, Items out) {
    UniqueConstraint u = c.unique();
    ClusteredKeys clustered = support.clusteredKeys();
    List<Index> keys =
        support.foreignKeyIndexes().keptThroughDrop(c.table(), u.name(), u.columns());
    StepKind step = support.relaxStep(c.table(), u.columns());
    if (LongUniqueKeys.isLong(support.dialect(), support.current().table(c.table()), u.columns())) {
      // a hash over a hidden column: DROP CONSTRAINT does not find it, DROP INDEX does (in place)
      return List.of(
          out.item(
              step,
              Rank.RELAX,
              withKeysIndexes(c.table(), keys, new DropIndex(c.table(), longUniqueHash(u), false)),
              undoWithKeysIndexes(
                  c.table(), keys, new AddUnique(c.table(), u, Optional.empty(), true))));
    }
    boolean afterNewKey = step == EXPAND && clustered.waitsForNewKey(c.table(), u);
    return List.of(
        out.item(
            step,
            afterNewKey ? Rank.AFTER_NEW_PRIMARY_KEY : Rank.RELAX,
            withKeysIndexes(
                c.table(),
                keys,
                new DropConstraint(c.table(), u.name(), clustered.uniqueDropCopies(c.table(), u))),
            undoWithKeysIndexes(c.table(), keys, new AddUnique(c.table(), u, Optional.empty()))));
  }

  List<PlanItem> plan(PrimaryKeyAdded c, Items out) {
    PrimaryKey pk = c.primaryKey();
    if (moves(c.table(), pk.columns())) {
      return moved.plan(c, out);
    }
    return List.of(support.addPrimaryKey(out, EXPAND, c.table(), support.named(c.table(), pk)));
  }

  List<PlanItem> plan(PrimaryKeyDropped c, Items out) {
    if (support.replacedPrimaryKeys().droppedByTheAdd(c.table())) {
      return List.of(); // the added key drops it in its own statement
    }
    PrimaryKey pk = c.primaryKey();
    Identifier name = support.primaryKeyName(c.table(), pk);
    return List.of(
        out.item(
            support.relaxStep(c.table(), pk.columns()),
            Rank.RELAX,
            List.of(
                new DropConstraint(
                    c.table(), name, support.clusteredKeys().primaryKeyDropCopies(c.table()))),
            List.of(new AddPrimaryKey(c.table(), pk))));
  }

  List<PlanItem> plan(ForeignKeyAdded c, Items out) {
    ForeignKey fk = c.foreignKey();
    boolean overRenamedColumn =
        moves(c.table(), fk.columns()) && support.renamedColumns().waitsForContract(fk);
    if (overRenamedColumn || moves(fk.referencedTable(), fk.referencedColumns())) {
      return moved.plan(c, out);
    }
    if (referencesKeyThePlanBuilds(fk)) {
      // the key it references is built after foreign keys in its step (on PostgreSQL concurrently,
      // in the indexes step): the foreign key follows it there, and is validated in the next step
      StepKind step = support.capabilities().concurrentIndex() ? INDEXES : EXPAND;
      if (!support.capabilities().notValidConstraints()) {
        return List.of(support.addCheckedForeignKey(out, step, Rank.AFTER_INDEX, c.table(), fk));
      }
      return support.addForeignKeyNotValid(out, step, Rank.AFTER_INDEX, VALIDATE, c.table(), fk);
    }
    if (!support.capabilities().notValidConstraints()) {
      return List.of(support.addCheckedForeignKey(out, EXPAND, c.table(), fk));
    }
    return support.addForeignKeyNotValid(out, EXPAND, VALIDATE, c.table(), fk);
  }

  List<PlanItem> plan(ForeignKeyDropped c, Items out) {
    ForeignKey fk = c.foreignKey();
    List<Operation> drop =
        new ArrayList<>(List.of(DropConstraint.foreignKey(c.table(), fk.name())));
    List<Operation> undo = new ArrayList<>();
    // the index the server made for the key stays when the key goes (InnoDB)
    support
        .foreignKeyIndexes()
        .leftBehind(c.table(), fk)
        .ifPresent(
            i -> {
              drop.add(new DropIndex(c.table(), i, false));
              undo.add(new CreateIndex(c.table(), i, false));
            });
    undo.add(new AddForeignKey(c.table(), fk, false));
    return List.of(
        out.item(support.relaxStep(c.table(), fk.columns()), Rank.DROP_FOREIGN_KEY, drop, undo));
  }

  List<PlanItem> plan(CheckAdded c, Items out) {
    Check ck = c.check();
    boolean notValid = support.capabilities().notValidConstraints();
    PlanItem add =
        out.item(
            EXPAND,
            Rank.ADD_CONSTRAINT,
            List.of(new AddCheck(c.table(), ck, notValid)),
            List.of(new DropConstraint(c.table(), ck.name())));
    if (!notValid) {
      return List.of(add);
    }
    return List.of(
        add,
        out.item(
            VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(c.table(), ck.name())),
            List.of()));
  }

  List<PlanItem> plan(CheckDropped c, Items out) {
    // a check that names a column about to be dropped goes with it in the contract step; any other
    // dropped check only relaxes
    boolean tableStays = support.desired().table(c.table()).isPresent();
    return List.of(
        out.item(
            tableStays ? EXPAND : CONTRACT,
            Rank.RELAX,
            List.of(new DropConstraint(c.table(), c.check().name())),
            List.of(new AddCheck(c.table(), c.check(), false))));
  }

  /** Whether a rename of this plan moves the object over {@code columns} (see MovedKeyPlans). */
  /**
   * Whether {@code fk} references columns other than its table's primary key whose unique key (a
   * constraint or a unique index) this plan adds to a table that already exists.
   */
  private boolean referencesKeyThePlanBuilds(ForeignKey fk) {
    Set<Identifier> referenced = Set.copyOf(fk.referencedColumns());
    Optional<Table> target = support.desired().table(fk.referencedTable());
    Optional<Table> before = support.current().table(fk.referencedTable());
    if (target.isEmpty() || before.isEmpty()) {
      return false; // a new table is created with its keys, before any foreign key
    }
    boolean primary =
        target
            .get()
            .primaryKey()
            .filter(k -> Set.copyOf(k.columns()).equals(referenced))
            .isPresent();
    return !primary
        && uniqueOver(target.get(), referenced)
        && !uniqueOver(before.get(), referenced);
  }

  private static boolean uniqueOver(Table t, Set<Identifier> columns) {
    return t.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(columns))
        || t.indexes().stream()
            .anyMatch(i -> i.unique() && !i.isOpaque() && Set.copyOf(i.columns()).equals(columns));
  }

  private boolean moves(Identifier table, List<Identifier> columns) {
    return support.renamedColumns().moves(table, columns);
  }

  /**
   * The index a unique key too long for the index limit is kept as (a hash over a hidden column,
   * see {@link LongUniqueKeys}), by the key's own name: what DROP INDEX finds.
   */
  private static Index longUniqueHash(UniqueConstraint u) {
    return new Index(u.name(), u.columns(), true, Optional.empty());
  }
}
