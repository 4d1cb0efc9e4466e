package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;
import static dev.autogen.plan.StepKind.INDEXES;
import static dev.autogen.plan.StepKind.VALIDATE;

import dev.autogen.classify.Assessment;
import dev.autogen.dialect.Capabilities;
import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one classified change into plan items: which step carries which operations, and how each is
 * undone. Breaking changes are split so that every intermediate schema serves both application
 * versions.
 */
final class ChangePlanner implements ChangeVisitor<List<PlanItem>> {

  private final Capabilities capabilities;
  private final PlanOptions options;
  private final Schema desired;
  private Assessment assessment;

  ChangePlanner(Capabilities capabilities, PlanOptions options, Schema desired) {
    this.capabilities = capabilities;
    this.options = options;
    this.desired = desired;
  }

  List<PlanItem> plan(Assessment a) {
    this.assessment = a;
    return a.change().accept(this);
  }

  @Override
  public List<PlanItem> visit(TableAdded c) {
    Table t = c.table();
    List<PlanItem> items = new ArrayList<>();
    items.add(
        item(EXPAND, Rank.CREATE_TABLE, List.of(new CreateTable(t)), List.of(new DropTable(t))));
    // a new table is empty: plain builds and validated keys cost nothing and need no undo of their
    // own, since dropping the table removes them
    for (Index index : t.indexes()) {
      items.add(
          item(EXPAND, Rank.INDEX, List.of(new CreateIndex(t.name(), index, false)), List.of()));
    }
    for (ForeignKey fk : t.foreignKeys()) {
      items.add(
          item(
              EXPAND,
              Rank.ADD_FOREIGN_KEY,
              List.of(new AddForeignKey(t.name(), fk, false)),
              List.of()));
    }
    return items;
  }

  @Override
  public List<PlanItem> visit(TableDropped c) {
    Table t = c.table();
    List<Operation> recreate = new ArrayList<>();
    recreate.add(new CreateTable(t));
    t.indexes().stream()
        .filter(i -> !i.isOpaque())
        .forEach(i -> recreate.add(new CreateIndex(t.name(), i, false)));
    t.foreignKeys().forEach(fk -> recreate.add(new AddForeignKey(t.name(), fk, false)));
    return List.of(lossy(CONTRACT, Rank.DROP_TABLE, List.of(new DropTable(t)), recreate));
  }

  @Override
  public List<PlanItem> visit(TableRenamed c) {
    if (!capabilities.updatableViews()) {
      throw new Unplannable(
          "renaming table " + c.from() + " needs updatable views to keep the old name working");
    }
    return List.of(
        item(
            EXPAND,
            Rank.RENAME,
            List.of(
                new RenameTable(c.from(), c.to()), new CreateCompatibilityView(c.from(), c.to())),
            List.of(new DropView(c.from()), new RenameTable(c.to(), c.from()))),
        item(
            CONTRACT,
            Rank.DROP_VIEW,
            List.of(new DropView(c.from())),
            List.of(new CreateCompatibilityView(c.from(), c.to()))));
  }

  @Override
  public List<PlanItem> visit(ColumnAdded c) {
    Column col = c.column();
    if (col.nullable() || col.defaultExpression().isPresent() || col.identity().isPresent()) {
      return List.of(
          item(
              EXPAND,
              Rank.ADD_COLUMN,
              List.of(new AddColumn(c.table(), col)),
              List.of(new DropColumn(c.table(), col))));
    }
    Value value = new Value.Expression(requireBackfill(c.table(), col));
    Column relaxed = col.withNullable(true);
    return List.of(
        item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(c.table(), relaxed)),
            List.of(new DropColumn(c.table(), relaxed))),
        item(
            BACKFILL,
            Rank.ALTER_COLUMN,
            List.of(new Backfill(c.table(), col.name(), value)),
            List.of()),
        // the old version inserts rows without the column until it is retired: fill those, then
        // tighten
        item(
            CONTRACT,
            Rank.ALTER_COLUMN,
            List.of(
                new Backfill(c.table(), col.name(), value), new SetNotNull(c.table(), col.name())),
            List.of(new DropNotNull(c.table(), col.name()))));
  }

  @Override
  public List<PlanItem> visit(ColumnDropped c) {
    Column col = c.column();
    List<PlanItem> items = new ArrayList<>();
    if (!col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty()) {
      // the new version inserts without the column; NOT NULL would reject its rows
      items.add(
          item(
              EXPAND,
              Rank.RELAX,
              List.of(new DropNotNull(c.table(), col.name())),
              List.of(new SetNotNull(c.table(), col.name()))));
    }
    Column restored = col.defaultExpression().isPresent() ? col : col.withNullable(true);
    items.add(
        lossy(
            CONTRACT,
            Rank.DROP_COLUMN,
            List.of(new DropColumn(c.table(), col)),
            List.of(new AddColumn(c.table(), restored.withIdentity(Optional.empty())))));
    return items;
  }

  @Override
  public List<PlanItem> visit(ColumnRenamed c) {
    Column before = c.before();
    Column after = c.after();
    Identifier t = c.table();
    boolean typeChanges = !before.type().equals(after.type());
    Value toNew =
        new Value.FromColumn(
            before.name(), typeChanges ? Optional.of(after.type()) : Optional.empty());
    Value toOld =
        new Value.FromColumn(
            after.name(), typeChanges ? Optional.of(before.type()) : Optional.empty());
    // the new column starts without default: a default would hide the old value from the trigger
    Column added =
        after.withNullable(true).withDefault(Optional.empty()).withIdentity(Optional.empty());
    List<Operation> contract = new ArrayList<>();
    List<Operation> contractUndo = new ArrayList<>();
    contract.add(new DropSyncTrigger(t, before, after));
    contract.add(new DropColumn(t, before));
    after.defaultExpression().ifPresent(d -> contract.add(new SetDefault(t, after.name(), d)));
    if (!after.nullable()) {
      contract.add(new SetNotNull(t, after.name()));
      contractUndo.add(new DropNotNull(t, after.name()));
    }
    after.defaultExpression().ifPresent(d -> contractUndo.add(new DropDefault(t, after.name())));
    contractUndo.addAll(restoreColumn(t, before, toOld));
    contractUndo.add(new CreateSyncTrigger(t, before, after, toNew, toOld));
    return List.of(
        item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(t, added), new CreateSyncTrigger(t, before, after, toNew, toOld)),
            List.of(new DropSyncTrigger(t, before, after), new DropColumn(t, added))),
        item(BACKFILL, Rank.ALTER_COLUMN, List.of(new Backfill(t, after.name(), toNew)), List.of()),
        item(CONTRACT, Rank.DROP_COLUMN, contract, contractUndo));
  }

  /** Re-adds a dropped column and refills it from another, in the order that keeps the values. */
  private static List<Operation> restoreColumn(Identifier t, Column col, Value from) {
    List<Operation> ops = new ArrayList<>();
    ops.add(
        new AddColumn(
            t,
            col.withNullable(true).withDefault(Optional.empty()).withIdentity(Optional.empty())));
    ops.add(new Backfill(t, col.name(), from));
    col.defaultExpression().ifPresent(d -> ops.add(new SetDefault(t, col.name(), d)));
    if (!col.nullable()) {
      ops.add(new SetNotNull(t, col.name()));
    }
    return ops;
  }

  @Override
  public List<PlanItem> visit(ColumnTypeChanged c) {
    Value forward = new Value.FromColumn(c.after().name(), Optional.of(c.after().type()));
    Value back = new Value.FromColumn(c.after().name(), Optional.of(c.before().type()));
    return List.of(
        item(
            EXPAND,
            Rank.ALTER_COLUMN,
            List.of(new AlterColumnType(c.table(), c.after(), c.after().type(), forward)),
            List.of(new AlterColumnType(c.table(), c.before(), c.before().type(), back))));
  }

  @Override
  public List<PlanItem> visit(ColumnNullabilityChanged c) {
    Identifier col = c.after().name();
    if (c.after().nullable()) {
      return List.of(
          item(
              EXPAND,
              Rank.RELAX,
              List.of(new DropNotNull(c.table(), col)),
              List.of(new SetNotNull(c.table(), col))));
    }
    List<Operation> ops = new ArrayList<>();
    options
        .backfill(c.table().value(), col.value())
        .ifPresent(v -> ops.add(new Backfill(c.table(), col, new Value.Expression(v))));
    ops.add(new SetNotNull(c.table(), col));
    return List.of(
        item(CONTRACT, Rank.ALTER_COLUMN, ops, List.of(new DropNotNull(c.table(), col))));
  }

  @Override
  public List<PlanItem> visit(ColumnDefaultChanged c) {
    return List.of(
        item(
            EXPAND,
            Rank.ALTER_COLUMN,
            setDefault(c.table(), c.after()),
            setDefault(c.table(), c.before())));
  }

  private static List<Operation> setDefault(Identifier t, Column col) {
    return List.of(
        col.defaultExpression()
            .<Operation>map(d -> new SetDefault(t, col.name(), d))
            .orElse(new DropDefault(t, col.name())));
  }

  @Override
  public List<PlanItem> visit(ColumnIdentityChanged c) {
    Identifier col = c.after().name();
    if (c.after().identity().isPresent()) {
      return List.of(
          item(
              EXPAND,
              Rank.ALTER_COLUMN,
              List.of(new AddIdentity(c.table(), col, c.after().identity().get())),
              List.of(new DropIdentity(c.table(), col))));
    }
    return List.of(
        item(
            CONTRACT,
            Rank.ALTER_COLUMN,
            List.of(new DropIdentity(c.table(), col)),
            List.of(new AddIdentity(c.table(), col, c.before().identity().orElseThrow()))));
  }

  @Override
  public List<PlanItem> visit(IndexAdded c) {
    boolean concurrent = capabilities.concurrentIndex();
    return List.of(
        item(
            concurrent ? INDEXES : EXPAND,
            Rank.INDEX,
            List.of(new CreateIndex(c.table(), c.index(), concurrent)),
            List.of(new DropIndex(c.table(), c.index(), concurrent))));
  }

  @Override
  public List<PlanItem> visit(IndexDropped c) {
    if (keepsColumns(c.table(), c.index().columns())) {
      boolean concurrent = capabilities.concurrentIndex();
      return List.of(
          item(
              concurrent ? INDEXES : EXPAND,
              Rank.INDEX,
              List.of(new DropIndex(c.table(), c.index(), concurrent)),
              List.of(new CreateIndex(c.table(), c.index(), concurrent))));
    }
    return List.of(
        item(
            CONTRACT,
            Rank.RELAX,
            List.of(new DropIndex(c.table(), c.index(), false)),
            List.of(new CreateIndex(c.table(), c.index(), false))));
  }

  @Override
  public List<PlanItem> visit(UniqueAdded c) {
    UniqueConstraint u = c.unique();
    if (capabilities.concurrentIndex() && capabilities.uniqueUsingIndex()) {
      Index index = new Index(u.name(), u.columns(), true, Optional.empty());
      return List.of(
          item(
              INDEXES,
              Rank.INDEX,
              List.of(
                  new CreateIndex(c.table(), index, true),
                  new AddUnique(c.table(), u, Optional.of(u.name()))),
              List.of(new DropConstraint(c.table(), u.name()))));
    }
    return List.of(
        item(
            EXPAND,
            Rank.ADD_CONSTRAINT,
            List.of(new AddUnique(c.table(), u, Optional.empty())),
            List.of(new DropConstraint(c.table(), u.name()))));
  }

  @Override
  public List<PlanItem> visit(UniqueDropped c) {
    UniqueConstraint u = c.unique();
    return List.of(
        item(
            relaxStep(c.table(), u.columns()),
            Rank.RELAX,
            List.of(new DropConstraint(c.table(), u.name())),
            List.of(new AddUnique(c.table(), u, Optional.empty()))));
  }

  @Override
  public List<PlanItem> visit(PrimaryKeyAdded c) {
    PrimaryKey pk = c.primaryKey();
    Identifier name = pk.name().orElse(Identifier.of(c.table().value() + "_pkey"));
    PrimaryKey named = new PrimaryKey(Optional.of(name), pk.columns());
    return List.of(
        item(
            EXPAND,
            Rank.ADD_CONSTRAINT,
            List.of(new AddPrimaryKey(c.table(), named)),
            List.of(new DropConstraint(c.table(), name))));
  }

  @Override
  public List<PlanItem> visit(PrimaryKeyDropped c) {
    PrimaryKey pk = c.primaryKey();
    Identifier name = pk.name().orElse(Identifier.of(c.table().value() + "_pkey"));
    return List.of(
        item(
            relaxStep(c.table(), pk.columns()),
            Rank.RELAX,
            List.of(new DropConstraint(c.table(), name)),
            List.of(new AddPrimaryKey(c.table(), pk))));
  }

  @Override
  public List<PlanItem> visit(ForeignKeyAdded c) {
    ForeignKey fk = c.foreignKey();
    if (!capabilities.notValidConstraints()) {
      return List.of(
          item(
              EXPAND,
              Rank.ADD_FOREIGN_KEY,
              List.of(new AddForeignKey(c.table(), fk, false)),
              List.of(new DropConstraint(c.table(), fk.name()))));
    }
    return List.of(
        item(
            EXPAND,
            Rank.ADD_FOREIGN_KEY,
            List.of(new AddForeignKey(c.table(), fk, true)),
            List.of(new DropConstraint(c.table(), fk.name()))),
        item(
            VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(c.table(), fk.name())),
            List.of()));
  }

  @Override
  public List<PlanItem> visit(ForeignKeyDropped c) {
    ForeignKey fk = c.foreignKey();
    return List.of(
        item(
            relaxStep(c.table(), fk.columns()),
            Rank.RELAX,
            List.of(new DropConstraint(c.table(), fk.name())),
            List.of(new AddForeignKey(c.table(), fk, false))));
  }

  @Override
  public List<PlanItem> visit(CheckAdded c) {
    Check ck = c.check();
    if (!capabilities.notValidConstraints()) {
      return List.of(
          item(
              EXPAND,
              Rank.ADD_CONSTRAINT,
              List.of(new AddCheck(c.table(), ck, false)),
              List.of(new DropConstraint(c.table(), ck.name()))));
    }
    return List.of(
        item(
            EXPAND,
            Rank.ADD_CONSTRAINT,
            List.of(new AddCheck(c.table(), ck, true)),
            List.of(new DropConstraint(c.table(), ck.name()))),
        item(
            VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(c.table(), ck.name())),
            List.of()));
  }

  @Override
  public List<PlanItem> visit(CheckDropped c) {
    // a check that names a column about to be dropped goes with it in the contract step; any other
    // dropped check only relaxes
    boolean tableStays = desired.table(c.table()).isPresent();
    return List.of(
        item(
            tableStays ? EXPAND : CONTRACT,
            Rank.RELAX,
            List.of(new DropConstraint(c.table(), c.check().name())),
            List.of(new AddCheck(c.table(), c.check(), false))));
  }

  @Override
  public List<PlanItem> visit(SequenceAdded c) {
    return List.of(
        item(
            EXPAND,
            Rank.SEQUENCE,
            List.of(new CreateSequence(c.sequence())),
            List.of(new DropSequence(c.sequence()))));
  }

  @Override
  public List<PlanItem> visit(SequenceDropped c) {
    return List.of(
        item(
            CONTRACT,
            Rank.DROP_SEQUENCE,
            List.of(new DropSequence(c.sequence())),
            List.of(new CreateSequence(c.sequence()))));
  }

  /**
   * Dropping what only guards columns that stay is a relaxation; otherwise it goes with the
   * columns.
   */
  private StepKind relaxStep(Identifier table, List<Identifier> columns) {
    return keepsColumns(table, columns) ? EXPAND : CONTRACT;
  }

  private boolean keepsColumns(Identifier table, List<Identifier> columns) {
    return desired
        .table(table)
        .map(t -> columns.stream().allMatch(col -> t.column(col).isPresent()))
        .orElse(false);
  }

  private String requireBackfill(Identifier table, Column col) {
    return options
        .backfill(table.value(), col.name().value())
        .orElseThrow(
            () ->
                new Unplannable(
                    table
                        + "."
                        + col.name()
                        + " is NOT NULL without a default, so the rows already in "
                        + table
                        + " need a value: give one with --backfill "
                        + table
                        + "."
                        + col.name()
                        + "=\"<SQL expression>\" (e.g. --backfill "
                        + table
                        + "."
                        + col.name()
                        + "=\"'basic'\"), or give the field a default with @ColumnDefault"));
  }

  private PlanItem item(StepKind step, int rank, List<Operation> ops, List<Operation> undo) {
    return new PlanItem(step, rank, ops, undo, false, assessment);
  }

  private PlanItem lossy(StepKind step, int rank, List<Operation> ops, List<Operation> undo) {
    return new PlanItem(step, rank, ops, undo, true, assessment);
  }

  /** Carries a planning error out of the visitor, which cannot throw checked exceptions. */
  static final class Unplannable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unplannable(String message) {
      super(message);
    }
  }
}
