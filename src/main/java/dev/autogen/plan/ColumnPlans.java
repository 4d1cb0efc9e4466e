package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans for column changes other than renames: added (NOT NULL ones nullable first, then filled and
 * tightened), dropped (relaxed first), type, nullability, default and identity changes.
 */
final class ColumnPlans {

  private final PlanOptions options;
  private final PlanSupport support;
  private final TypeSwapPlans swaps;

  ColumnPlans(PlanSupport support) {
    this.support = support;
    this.options = support.options();
    this.swaps = new TypeSwapPlans(support);
  }

  List<PlanItem> plan(ColumnAdded c, Items out) {
    Column col = c.column();
    // a column without a default or generator that is NOT NULL is added nullable, then filled
    boolean fillsItself =
        col.nullable() || col.defaultExpression().isPresent() || col.identity().isPresent();
    Column added = fillsItself ? col : col.withNullable(true);
    PlanItem add =
        out.item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(c.table(), added)),
            List.of(new DropColumn(c.table(), added)));
    if (fillsItself) {
      return List.of(add);
    }
    Value value = new Value.Expression(support.requireBackfill(c.table(), col));
    List<PlanItem> items = new ArrayList<>();
    items.add(add);
    items.add(
        out.item(
            BACKFILL,
            Rank.ALTER_COLUMN,
            List.of(support.backfill(c.table(), col.name(), value)),
            List.of()));
    // the old version inserts rows without the column until it is retired: fill those, then
    // tighten
    items.addAll(
        support.tightenNotNull(
            out, c.table(), col, List.of(new Backfill(c.table(), col.name(), value))));
    return items;
  }

  List<PlanItem> plan(ColumnDropped c, Items out) {
    Column col = c.column();
    List<PlanItem> items = new ArrayList<>();
    if (!col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty()) {
      // the new version inserts without the column; NOT NULL would reject its rows
      items.add(
          out.item(
              EXPAND,
              Rank.RELAX,
              List.of(new DropNotNull(c.table(), col)),
              retighten(c.table(), col)));
    }
    Column restored = col.defaultExpression().isPresent() ? col : col.withNullable(true);
    items.add(
        out.lossy(
            CONTRACT,
            Rank.DROP_COLUMN,
            List.of(new DropColumn(c.table(), col)),
            List.of(new AddColumn(c.table(), restored.withIdentity(Optional.empty())))));
    return items;
  }

  /**
   * A value that converts through an expression other than an enum's (a large object) cannot be
   * changed in place where the type change has no USING clause: MySQL's and MariaDB's MODIFY would
   * cast each value by itself. A rename to a new column converts through the sync triggers instead.
   * (An enum converts through text: {@link #convertThroughText}.)
   */
  private void refuseConversionWithoutUsing(ColumnTypeChanged c, Value forward, Value back) {
    if (support.dialect().capabilities().alterTypeUsing()
        || forward instanceof Value.FromColumn && back instanceof Value.FromColumn) {
      return;
    }
    throw new Unplannable(
        c.table().value()
            + "."
            + c.after().name().value()
            + ": changing "
            + types().render(c.before().type())
            + " to "
            + types().render(c.after().type())
            + " converts each value (an enum between ordinals and names, or a large object), which "
            + support.dialect().name()
            + " cannot do in place; map the new type to a new column and give --rename "
            + c.table().value()
            + "."
            + c.after().name().value()
            + "=<new column> so the values convert through sync triggers");
  }

  /**
   * An enum switching between ordinals and names where the type change has no USING (MySQL,
   * MariaDB), whose MODIFY casts each value by itself: the column passes through text. It becomes a
   * varchar (an ordinal reads as its decimal text, a name as itself), its values are rewritten in
   * place (in batches where a backfill would be, see {@link PlanSupport#convertValues}), and it
   * becomes the new type (a name finds its enum member by value, a decimal text its number). Each
   * statement can run again after an interruption: the MODIFYs restate the whole column, and the
   * rewrite touches only values still to convert. The undo is the same way back.
   */
  private PlanItem convertThroughText(
      ColumnTypeChanged c, Items out, Value.EnumMapping toNew, Value.EnumMapping toOld) {
    SqlType text = interimText(c, toNew.constants());
    return out.item(
        EXPAND,
        Rank.ALTER_COLUMN,
        throughText(c, c.before(), c.after(), text, toNew),
        throughText(c, c.after(), c.before(), text, toOld));
  }

  /**
   * The column changed from {@code from} to {@code to} through {@code text}: retyped to text, its
   * values rewritten by {@code mapping}, then retyped to its new type.
   */
  private List<Operation> throughText(
      ColumnTypeChanged c, Column from, Column to, SqlType text, Value.EnumMapping mapping) {
    Value same = new Value.FromColumn(c.after().name(), Optional.empty());
    return List.of(
        inPlace(c, from.type(), retyped(to, text), same),
        support.convertValues(c.table(), mapping),
        inPlace(c, text, to, same));
  }

  /** A varchar wide enough for every constant's name, every ordinal and either side's text. */
  private static SqlType interimText(ColumnTypeChanged c, List<String> constants) {
    int width = 20;
    for (String constant : constants) {
      width = Math.max(width, constant.length());
    }
    for (SqlType side : List.of(c.before().type(), c.after().type())) {
      if (side.name().equals("varchar") && !side.args().isEmpty()) {
        width = Math.max(width, side.args().get(0));
      }
    }
    return SqlType.of("varchar", width);
  }

  /**
   * A side of a type change as its in-place statements restate it (MODIFY COLUMN names the whole
   * column): NOT NULL is dropped before the type changes and added only in the contract step, so
   * between them, where the change and its undo run, the column is nullable when either side is.
   */
  private static Column inExpand(ColumnTypeChanged c, Column side) {
    return side.withNullable(c.before().nullable() || c.after().nullable());
  }

  private static Column retyped(Column column, SqlType type) {
    return new Column(
        column.name(), type, column.nullable(), column.defaultExpression(), column.identity());
  }

  /** The in-place statement that gives the column {@code to}'s type, from type {@code from}. */
  private static AlterColumnType inPlace(
      ColumnTypeChanged c, SqlType from, Column to, Value using) {
    return new AlterColumnType(c.table(), inExpand(c, to), to.type(), using, Optional.of(from));
  }

  List<PlanItem> plan(ColumnTypeChanged c, Items classified) {
    Optional<TypeSwaps.Swap> swap = support.typeSwaps().of(c.table(), c.before().name());
    if (swap.isPresent()) {
      return swaps.plan(swap.get(), classified);
    }
    Items out = withLiftHazards(c, classified);
    Identifier name = c.after().name();
    Optional<List<String>> constants = support.enumConstants(c.table(), name);
    // an enum switching between ordinals and names converts through a CASE over its constants
    // a large object converts through its bytes, where a cast would misread the value
    Optional<Value> enumForward =
        EnumConversion.of(types(), c.before(), c.after(), name, constants)
            .or(() -> support.convertedValue(c.table(), c.before(), c.after(), false))
            .or(() -> TypeConversion.of(types(), c.before(), c.after(), name));
    Optional<Misfit> misfit =
        enumForward.isPresent()
            ? Optional.empty()
            : support.narrowing(c.table(), name, c.before(), c.after());
    // a narrowing converts with an assignment cast (no explicit CAST), which fails on a value that
    // does not fit where an explicit CAST would silently cut it
    Value forward =
        enumForward.orElseGet(
            () ->
                new Value.FromColumn(
                    name, misfit.isPresent() ? Optional.empty() : Optional.of(c.after().type())));
    Value back =
        EnumConversion.of(types(), c.after(), c.before(), name, constants)
            .or(() -> TypeConversion.of(types(), c.after(), c.before(), name))
            .orElseGet(() -> new Value.FromColumn(name, Optional.of(c.before().type())));
    if (!support.dialect().capabilities().alterTypeUsing()
        && forward instanceof Value.EnumMapping toNew
        && back instanceof Value.EnumMapping toOld) {
      List<PlanItem> items = new ArrayList<>();
      items.add(convertThroughText(c, out, toNew, toOld));
      items.addAll(liftForeignKeys(c, out));
      return items;
    }
    refuseConversionWithoutUsing(c, forward, back);
    List<Operation> ops = new ArrayList<>();
    misfit.ifPresent(
        m ->
            ops.add(
                new Precheck(
                    c.table(), new Precheck.ValuesFit(c.after().name(), c.after().type(), m))));
    ops.add(inPlace(c, c.before().type(), c.after(), forward));
    List<PlanItem> items = new ArrayList<>();
    items.add(
        out.item(
            EXPAND,
            Rank.ALTER_COLUMN,
            ops,
            List.of(inPlace(c, c.after().type(), c.before(), back))));
    items.addAll(liftForeignKeys(c, out));
    return items;
  }

  /**
   * The change's assessment with, for each foreign key lifted around it, the window in which the
   * key is not enforced, in the dialect's words: the step's header says it.
   */
  private Items withLiftHazards(ColumnTypeChanged c, Items out) {
    List<LiftedForeignKeys.Lift> lifts = support.liftedForeignKeys().liftedBy(c);
    if (lifts.isEmpty()) {
      return out;
    }
    Assessment a = out.assessment();
    List<Hazard> hazards = new ArrayList<>(a.hazards());
    for (LiftedForeignKeys.Lift lift : lifts) {
      String sentence =
          HazardWording.fill(
                  support.dialect().wording().liftedForeignKey(),
                  c.table().value(),
                  c.before().name().value(),
                  "",
                  "")
              .replace("{key}", lift.foreignKey().name().value())
              .replace("{owner}", lift.owner().value());
      hazards.add(new Hazard(HazardCode.CONSTRAINT_MAY_FAIL, sentence));
    }
    return new Items(new Assessment(a.change(), a.backward(), a.forward(), hazards));
  }

  /**
   * Where the server refuses to change a column a foreign key uses, the key is dropped first and
   * re-added after every type change of the step, behind an orphan check (rows written while it was
   * gone); its undo does the same in reverse.
   */
  private List<PlanItem> liftForeignKeys(ColumnTypeChanged c, Items out) {
    List<PlanItem> items = new ArrayList<>();
    for (LiftedForeignKeys.Lift lift : support.liftedForeignKeys().liftedBy(c)) {
      ForeignKey fk = lift.foreignKey();
      Identifier owner = lift.owner();
      items.add(
          out.item(
              EXPAND,
              Rank.RELAX,
              List.of(DropConstraint.foreignKey(owner, fk.name())),
              List.of(
                  new Precheck(owner, new Precheck.NoOrphans(fk)),
                  new AddForeignKey(owner, fk, false))));
      List<Operation> reAdd = new ArrayList<>();
      // the server's index named after the column would give way to one named after the key
      support
          .foreignKeyIndexes()
          .madeOwnBeforeReAdd(owner, fk)
          .ifPresent(
              i -> {
                reAdd.add(new DropIndex(owner, i, false));
                reAdd.add(new CreateIndex(owner, i, false));
              });
      reAdd.add(new Precheck(owner, new Precheck.NoOrphans(fk)));
      reAdd.add(new AddForeignKey(owner, fk, false));
      items.add(
          out.item(
              EXPAND,
              Rank.ADD_FOREIGN_KEY,
              reAdd,
              List.of(DropConstraint.foreignKey(owner, fk.name()))));
    }
    return items;
  }

  private dev.autogen.dialect.TypeMapper types() {
    return support.dialect().types();
  }

  /**
   * The undo of a relaxed column: once the new version runs, it writes rows without the column (or
   * with NULL in it), on which NOT NULL fails half way ("Data truncated" on MariaDB); a pre-flight
   * check counts them first and stops naming the table, the column and the count.
   */
  private static List<Operation> retighten(Identifier table, Column column) {
    return List.of(
        new Precheck(table, new Precheck.NoNulls(column.name())), new SetNotNull(table, column));
  }

  List<PlanItem> plan(ColumnNullabilityChanged c, Items out) {
    Identifier col = c.after().name();
    if (c.after().nullable()) {
      return List.of(
          out.item(
              EXPAND,
              Rank.RELAX,
              // restated as the column is before this revision's type or default change runs
              List.of(new DropNotNull(c.table(), c.before().withNullable(true))),
              retighten(c.table(), c.before())));
    }
    List<Operation> fill = new ArrayList<>();
    // without --backfill, the mapping's @ColumnDefault is what the new code would have written
    options
        .backfill(c.table().value(), col.value())
        .or(() -> c.after().defaultExpression())
        .ifPresent(v -> fill.add(new Backfill(c.table(), col, new Value.Expression(v))));
    return support.tightenNotNull(out, c.table(), c.after(), fill);
  }

  List<PlanItem> plan(ColumnDefaultChanged c, Items out) {
    return List.of(
        out.item(
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

  List<PlanItem> plan(ColumnIdentityChanged c, Items out) {
    Identifier col = c.after().name();
    Optional<IdSequences.Pair> shared = support.idSequences().forTable(c.table());
    if (shared.isPresent()) {
      return switchGenerator(c, out, shared.get());
    }
    if (c.after().identity().isPresent()) {
      return List.of(
          out.item(
              EXPAND,
              Rank.ALTER_COLUMN,
              List.of(new AddIdentity(c.table(), c.after(), c.after().identity().get())),
              List.of(new DropIdentity(c.table(), c.before()))));
    }
    return List.of(
        out.item(
            CONTRACT,
            Rank.ALTER_COLUMN,
            List.of(new DropIdentity(c.table(), c.after())),
            List.of(new AddIdentity(c.table(), c.before(), c.before().identity().orElseThrow()))));
  }

  /**
   * An id strategy switching between identity and {@code sequence}: while both versions run they
   * draw from the one sequence (two generators would hand out the same ids), the version that
   * leaves the id out of its inserts through a column default. Sequence to identity: the default
   * draws from the sequence the old version calls, and the identity (restarted past the maximum)
   * replaces it once the old version is gone. Identity to sequence: the identity gives way to that
   * default at once (the sequence was created past the maximum), and the default goes in the
   * contract step.
   */
  private List<PlanItem> switchGenerator(
      ColumnIdentityChanged c, Items out, IdSequences.Pair shared) {
    Identifier t = c.table();
    Identifier col = c.after().name();
    Operation draw = new SetSequenceDefault(t, col, shared.sequence().name());
    if (c.after().identity().isPresent()) {
      Identity identity = c.after().identity().get();
      return List.of(
          out.item(EXPAND, Rank.ALTER_COLUMN, List.of(draw), List.of(new DropDefault(t, col))),
          out.item(
              CONTRACT,
              Rank.ALTER_COLUMN,
              List.of(new DropDefault(t, col), new AddIdentity(t, c.after(), identity)),
              List.of(new DropIdentity(t, c.after()), draw)));
    }
    Identity before = c.before().identity().orElseThrow();
    // a new sequence was created past the maximum; one that exists may be behind it
    List<Operation> expand =
        shared.existing()
            ? List.of(
                new DropIdentity(t, c.before()),
                new AdvanceSequence(shared.sequence(), t, col),
                draw)
            : List.of(new DropIdentity(t, c.before()), draw);
    return List.of(
        out.item(
            EXPAND,
            Rank.ALTER_COLUMN,
            expand,
            List.of(new DropDefault(t, col), new AddIdentity(t, c.before(), before))),
        out.item(CONTRACT, Rank.ALTER_COLUMN, List.of(new DropDefault(t, col)), List.of(draw)));
  }
}
