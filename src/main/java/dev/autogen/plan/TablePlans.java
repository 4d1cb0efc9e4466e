package dev.autogen.plan;

import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;

import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;

/** Plans for tables and sequences: created, dropped, renamed (behind a compatibility view). */
final class TablePlans {

  private final PlanSupport support;
  private final MovedKeyPlans moved;

  TablePlans(PlanSupport support, MovedKeyPlans moved) {
    this.support = support;
    this.moved = moved;
  }

  List<PlanItem> plan(TableAdded c, Items out) {
    Table t = c.table();
    List<PlanItem> items = new ArrayList<>();
    items.add(
        out.item(
            EXPAND, Rank.CREATE_TABLE, List.of(new CreateTable(t)), List.of(new DropTable(t))));
    // a new table is empty: plain builds and validated keys cost nothing and need no undo of their
    // own, since dropping the table removes them
    for (Index index : t.indexes()) {
      items.add(
          out.item(
              EXPAND, Rank.INDEX, List.of(new CreateIndex(t.name(), index, false)), List.of()));
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (support.renamedColumns().moves(fk.referencedTable(), fk.referencedColumns())) {
        // the columns it points at are renamed: until their key moves onto the new names, nothing
        // unique stands there to point at, so the key waits as a key added to a table would
        items.addAll(moved.plan(new ForeignKeyAdded(t.name(), fk), out));
        continue;
      }
      items.add(
          out.item(
              EXPAND,
              Rank.ADD_FOREIGN_KEY,
              List.of(new AddForeignKey(t.name(), fk, false)),
              List.of()));
    }
    return items;
  }

  List<PlanItem> plan(TableDropped c, Items out) {
    Table t = c.table();
    List<Operation> recreate = new ArrayList<>();
    recreate.add(new CreateTable(t));
    t.indexes().stream()
        .filter(i -> !i.isOpaque())
        .forEach(i -> recreate.add(new CreateIndex(t.name(), i, false)));
    List<PlanItem> items = new ArrayList<>();
    if (support.options().database().emptyTables().contains(t.name())) {
      items.add(
          out.item(
              CONTRACT,
              Rank.PRECHECK,
              List.of(new Precheck(t.name(), new Precheck.Empty())),
              List.of()));
    }
    // its foreign keys go first, with the others: a key they use may be dropped in the same step
    if (!t.foreignKeys().isEmpty()) {
      items.add(
          out.item(
              CONTRACT,
              Rank.DROP_FOREIGN_KEY,
              t.foreignKeys().stream()
                  .<Operation>map(fk -> DropConstraint.foreignKey(t.name(), fk.name()))
                  .toList(),
              t.foreignKeys().stream()
                  .<Operation>map(fk -> new AddForeignKey(t.name(), fk, false))
                  .toList()));
    }
    items.add(out.lossy(CONTRACT, Rank.DROP_TABLE, List.of(new DropTable(t)), recreate));
    return items;
  }

  List<PlanItem> plan(TableRenamed c, Items out) {
    if (!support.capabilities().updatableViews()) {
      throw new Unplannable(
          "renaming table " + c.from() + " needs updatable views to keep the old name working");
    }
    // the rename comes first: every other change of the step names the table by its new name.
    // The view comes last where the step is one transaction, since a view stops a type change of a
    // column it selects; without transactional DDL each statement is seen at once, so the view
    // follows the rename directly and the old name is missing only between the two
    Rank viewRank =
        support.capabilities().transactionalDdl() ? Rank.CREATE_VIEW : Rank.RENAME_TABLE;
    return List.of(
        out.item(
            EXPAND,
            Rank.RENAME_TABLE,
            List.of(new RenameTable(c.from(), c.to())),
            List.of(new RenameTable(c.to(), c.from()))),
        out.item(
            EXPAND,
            viewRank,
            List.of(new CreateCompatibilityView(c.from(), c.to())),
            List.of(new DropView(c.from()))),
        out.item(
            CONTRACT,
            Rank.DROP_VIEW,
            List.of(new DropView(c.from())),
            List.of(new CreateCompatibilityView(c.from(), c.to()))));
  }

  List<PlanItem> plan(SequenceAdded c, Items out) {
    return List.of(
        out.item(
            EXPAND,
            Rank.SEQUENCE,
            List.of(created(c.sequence())),
            List.of(new DropSequence(c.sequence()))));
  }

  /**
   * The old version may still call a dropped sequence (an id strategy switching away from it), so
   * it goes in the contract step, after any default that draws from it.
   */
  List<PlanItem> plan(SequenceDropped c, Items out) {
    return List.of(
        out.item(
            CONTRACT,
            Rank.DROP_SEQUENCE,
            List.of(new DropSequence(c.sequence())),
            List.of(created(c.sequence()))));
  }

  /**
   * A sequence that takes over the values of an id column whose identity goes (see {@link
   * IdSequences}) starts past the column's maximum; any other at its start.
   */
  private CreateSequence created(Sequence s) {
    return new CreateSequence(
        s,
        support.idSequences().of(s).map(p -> new CreateSequence.ColumnRef(p.table(), p.column())));
  }
}
