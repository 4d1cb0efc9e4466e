package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.CONTRACT_NOT_NULL;
import static dev.autogen.plan.StepKind.CONTRACT_VALIDATE;
import static dev.autogen.plan.StepKind.EXPAND;
import static dev.autogen.plan.StepKind.INDEXES;
import static dev.autogen.plan.StepKind.VALIDATE;

import dev.autogen.classify.Assessment;
import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
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

  private final Dialect dialect;
  private final Capabilities capabilities;
  private final PlanOptions options;
  private final Schema desired;
  private Assessment assessment;

  ChangePlanner(Dialect dialect, PlanOptions options, Schema desired) {
    this.dialect = dialect;
    this.capabilities = dialect.capabilities();
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
    List<Operation> ops = new ArrayList<>();
    if (options.emptyTables().contains(t.name())) {
      ops.add(new Precheck(t.name(), new Precheck.Empty()));
    }
    ops.add(new DropTable(t));
    return List.of(lossy(CONTRACT, Rank.DROP_TABLE, ops, recreate));
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
    List<PlanItem> items = new ArrayList<>();
    items.add(
        item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(c.table(), relaxed)),
            List.of(new DropColumn(c.table(), relaxed))));
    items.add(
        item(
            BACKFILL,
            Rank.ALTER_COLUMN,
            List.of(backfill(c.table(), col.name(), value)),
            List.of()));
    // the old version inserts rows without the column until it is retired: fill those, then
    // tighten
    items.addAll(
        tightenNotNull(c.table(), col.name(), List.of(new Backfill(c.table(), col.name(), value))));
    return items;
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
    Optional<Misfit> misfit =
        typeChanges ? narrowing(t, before.name(), before, after) : Optional.empty();
    // a narrowing copies with assignment casts, which fail on a value that does not fit, where an
    // explicit CAST would silently cut it
    boolean cast = typeChanges && misfit.isEmpty();
    Value toNew =
        new Value.FromColumn(before.name(), cast ? Optional.of(after.type()) : Optional.empty());
    Value toOld =
        new Value.FromColumn(after.name(), cast ? Optional.of(before.type()) : Optional.empty());
    // the new column starts without default: a default would hide the old value from the trigger
    Column added =
        after.withNullable(true).withDefault(Optional.empty()).withIdentity(Optional.empty());
    List<Operation> contract = new ArrayList<>();
    List<Operation> contractUndo = new ArrayList<>();
    contract.add(new DropSyncTrigger(t, before, after));
    contract.add(new DropColumn(t, before));
    after.defaultExpression().ifPresent(d -> contract.add(new SetDefault(t, after.name(), d)));
    after.defaultExpression().ifPresent(d -> contractUndo.add(new DropDefault(t, after.name())));
    contractUndo.addAll(restoreColumn(t, before, toOld));
    contractUndo.add(new CreateSyncTrigger(t, before, after, toNew, toOld));
    List<Operation> fill = new ArrayList<>();
    misfit.ifPresent(
        m -> fill.add(new Precheck(t, new Precheck.ValuesFit(before.name(), after.type(), m))));
    fill.add(backfill(t, after.name(), toNew));
    List<PlanItem> items = new ArrayList<>();
    items.add(
        item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(t, added), new CreateSyncTrigger(t, before, after, toNew, toOld)),
            List.of(new DropSyncTrigger(t, before, after), new DropColumn(t, added))));
    items.add(item(BACKFILL, Rank.ALTER_COLUMN, fill, List.of()));
    items.add(item(CONTRACT, Rank.DROP_COLUMN, contract, contractUndo));
    if (!after.nullable()) {
      items.addAll(tightenNotNull(t, after.name(), List.of()));
    }
    return items;
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
    Optional<Misfit> misfit = narrowing(c.table(), c.after().name(), c.before(), c.after());
    // a narrowing converts with an assignment cast (no explicit CAST), which fails on a value that
    // does not fit where an explicit CAST would silently cut it
    Value forward =
        new Value.FromColumn(
            c.after().name(),
            misfit.isPresent() ? Optional.empty() : Optional.of(c.after().type()));
    Value back = new Value.FromColumn(c.after().name(), Optional.of(c.before().type()));
    List<Operation> ops = new ArrayList<>();
    misfit.ifPresent(
        m ->
            ops.add(
                new Precheck(
                    c.table(), new Precheck.ValuesFit(c.after().name(), c.after().type(), m))));
    ops.add(new AlterColumnType(c.table(), c.after(), c.after().type(), forward));
    return List.of(
        item(
            EXPAND,
            Rank.ALTER_COLUMN,
            ops,
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
    List<Operation> fill = new ArrayList<>();
    options
        .backfill(c.table().value(), col.value())
        .ifPresent(v -> fill.add(new Backfill(c.table(), col, new Value.Expression(v))));
    return tightenNotNull(c.table(), col, fill);
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
    List<Operation> ops = new ArrayList<>();
    if (c.index().unique() && !c.index().isOpaque()) {
      ops.add(new Precheck(c.table(), new Precheck.NoDuplicates(c.index().columns())));
    }
    ops.add(new CreateIndex(c.table(), c.index(), concurrent));
    return List.of(
        item(
            concurrent ? INDEXES : EXPAND,
            Rank.INDEX,
            ops,
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
                  new Precheck(c.table(), new Precheck.NoDuplicates(u.columns())),
                  new CreateIndex(c.table(), index, true),
                  new AddUnique(c.table(), u, Optional.of(u.name()))),
              List.of(new DropConstraint(c.table(), u.name()))));
    }
    return List.of(
        item(
            EXPAND,
            Rank.ADD_CONSTRAINT,
            List.of(
                new Precheck(c.table(), new Precheck.NoDuplicates(u.columns())),
                new AddUnique(c.table(), u, Optional.empty())),
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
              List.of(
                  new Precheck(c.table(), new Precheck.NoOrphans(fk)),
                  new AddForeignKey(c.table(), fk, false)),
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
            List.of(
                new Precheck(c.table(), new Precheck.NoOrphans(fk)),
                new ValidateConstraint(c.table(), fk.name())),
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

  /**
   * Makes a column NOT NULL once the old code is gone. Where a validated {@code CHECK (col IS NOT
   * NULL)} lets {@code SET NOT NULL} skip its scan, the check is added NOT VALID (a brief lock),
   * validated in a transaction of its own (a scan that lets writes go on), and only then is the
   * column tightened and the check dropped; otherwise {@code SET NOT NULL} scans under its lock.
   * Either way a pre-flight check stops the first step when NULLs are left.
   *
   * @param fill operations that fill the remaining NULLs first (may be empty)
   */
  private List<PlanItem> tightenNotNull(Identifier t, Identifier col, List<Operation> fill) {
    List<Operation> first = new ArrayList<>(fill);
    first.add(new Precheck(t, new Precheck.NoNulls(col)));
    if (!capabilities.checkSkipsNotNullScan() || !capabilities.notValidConstraints()) {
      first.add(new SetNotNull(t, col));
      return List.of(item(CONTRACT, Rank.ALTER_COLUMN, first, List.of(new DropNotNull(t, col))));
    }
    Check check =
        new Check(
            NotNullCheckName.of(t, col, dialect.identifiers().maxLength()),
            dialect.quote(col) + " IS NOT NULL");
    first.add(new AddCheck(t, check, true));
    return List.of(
        item(CONTRACT, Rank.ALTER_COLUMN, first, List.of(new DropConstraint(t, check.name()))),
        item(
            CONTRACT_VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(t, check.name())),
            List.of()),
        item(
            CONTRACT_NOT_NULL,
            Rank.ALTER_COLUMN,
            List.of(new SetNotNull(t, col), new DropConstraint(t, check.name())),
            List.of(new AddCheck(t, check, false), new DropNotNull(t, col))));
  }

  /**
   * A backfill in batches that commit one by one, when the dialect allows it and the table has a
   * single-column primary key to walk; otherwise one statement.
   */
  private Operation backfill(Identifier t, Identifier col, Value value) {
    if (capabilities.commitInBatches()) {
      Optional<Table> table = desired.table(t);
      Optional<Column> key =
          table
              .flatMap(Table::primaryKey)
              .filter(pk -> pk.columns().size() == 1)
              .flatMap(pk -> table.get().column(pk.columns().get(0)));
      if (key.isPresent()) {
        return new BatchedBackfill(
            t,
            col,
            value,
            key.get().name(),
            key.get().type(),
            options.batchSize(),
            options.batchPauseMillis());
      }
    }
    return new Backfill(t, col, value);
  }

  /**
   * The misfit of a type change when it narrows; refused (as a planning error giving the query that
   * finds the rows that would not fit) unless narrowing is allowed.
   */
  private Optional<Misfit> narrowing(
      Identifier table, Identifier readFrom, Column before, Column after) {
    Optional<Misfit> misfit = Misfit.of(before.type(), after.type(), dialect.types());
    if (misfit.isPresent() && !options.allowNarrowing()) {
      String query =
          "SELECT * FROM "
              + dialect.quote(table)
              + " WHERE "
              + misfit.get().condition(dialect.quote(readFrom));
      throw new Unplannable(
          table
              + "."
              + after.name()
              + " narrows from "
              + dialect.types().render(before.type())
              + " to "
              + dialect.types().render(after.type())
              + ", which fails (or would cut values) for rows that do not fit; find them with: "
              + query
              + " — fix them, then rerun with --allow-narrowing (the plan then checks again before"
              + " converting)");
    }
    return misfit;
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
