package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.EXPAND;

import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans for column renames, also with a type change: a new column kept in step with the old one by
 * a sync trigger, a batched backfill, and a contract step that drops the old column.
 */
final class RenamePlans {

  private final PlanSupport support;

  RenamePlans(PlanSupport support) {
    this.support = support;
  }

  List<PlanItem> plan(ColumnRenamed c, Items out) {
    Column before = c.before();
    Column after = c.after();
    Identifier t = c.table();
    boolean typeChanges = !before.type().equals(after.type());
    Optional<List<String>> constants = support.enumConstants(t, after.name());
    // an enum switching between ordinals and names goes through a CASE, a large object through
    // its bytes; both ways, since the sync trigger converts in both directions
    Optional<Value> enumToNew =
        EnumConversion.of(support.dialect().types(), before, after, before.name(), constants)
            .or(() -> TypeConversion.of(support.dialect().types(), before, after, before.name()));
    if (typeChanges && enumToNew.isEmpty()) {
      support.convertedValue(t, before, after, true);
    }
    Optional<Misfit> misfit =
        typeChanges && enumToNew.isEmpty()
            ? support.narrowing(t, before.name(), before, after)
            : Optional.empty();
    // a narrowing copies with assignment casts, which fail on a value that does not fit, where an
    // explicit CAST would silently cut it
    boolean cast = typeChanges && misfit.isEmpty();
    Value toNew =
        enumToNew.orElseGet(
            () ->
                new Value.FromColumn(
                    before.name(), cast ? Optional.of(after.type()) : Optional.empty()));
    Value toOld =
        EnumConversion.of(support.dialect().types(), after, before, after.name(), constants)
            .or(() -> TypeConversion.of(support.dialect().types(), after, before, after.name()))
            .orElseGet(
                () ->
                    new Value.FromColumn(
                        after.name(), cast ? Optional.of(before.type()) : Optional.empty()));
    // the new column starts without default: a default would hide the old value from the trigger
    Column added =
        after.withNullable(true).withDefault(Optional.empty()).withIdentity(Optional.empty());
    List<Operation> contract = new ArrayList<>();
    List<Operation> contractUndo = new ArrayList<>();
    if (!before.nullable()) {
      // the new version may have left the new column empty: the restored column's NOT NULL would
      // stop the undo half way (MariaDB: "Data truncated"), after the column is back
      contractUndo.add(new Precheck(t, new Precheck.NoNulls(after.name())));
    }
    contract.add(new DropSyncTrigger(t, before, after));
    contract.add(new DropColumn(t, before));
    after.defaultExpression().ifPresent(d -> contract.add(new SetDefault(t, after.name(), d)));
    after.defaultExpression().ifPresent(d -> contractUndo.add(new DropDefault(t, after.name())));
    contractUndo.addAll(restoreColumn(t, before, toOld));
    contractUndo.add(new CreateSyncTrigger(t, before, after, toNew, toOld));
    List<Operation> fill = new ArrayList<>();
    misfit.ifPresent(
        m -> fill.add(new Precheck(t, new Precheck.ValuesFit(before.name(), after.type(), m))));
    fill.add(support.backfill(t, after.name(), toNew));
    List<PlanItem> items = new ArrayList<>();
    items.add(
        out.item(
            EXPAND,
            Rank.ADD_COLUMN,
            List.of(new AddColumn(t, added), new CreateSyncTrigger(t, before, after, toNew, toOld)),
            List.of(new DropSyncTrigger(t, before, after), new DropColumn(t, added))));
    items.add(out.item(BACKFILL, Rank.ALTER_COLUMN, fill, List.of()));
    items.add(out.item(CONTRACT, Rank.DROP_COLUMN, contract, contractUndo));
    if (!after.nullable()) {
      // tightened before the contract sets the default: where NOT NULL is a whole-column MODIFY
      // (MySQL, MariaDB), its undo must give back the column as that step found it, without one
      items.addAll(support.tightenNotNull(out, t, added.withNullable(false), List.of()));
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
      ops.add(new SetNotNull(t, col));
    }
    return ops;
  }
}
