package dev.autogen.plan;

import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.CONTRACT_NOT_NULL;
import static dev.autogen.plan.StepKind.CONTRACT_VALIDATE;
import static dev.autogen.plan.StepKind.EXPAND;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the change-family planners share: the dialect, options, both schemas and the id columns
 * whose generator switches (see {@link IdSequences}), the type changes made through a shadow column
 * (see {@link TypeSwaps}), the foreign keys lifted around in-place type changes (see {@link
 * LiftedForeignKeys}), the primary keys replaced in one statement (see {@link
 * ReplacedPrimaryKeys}), the keys InnoDB clusters rows on (see {@link ClusteredKeys}), the indexes
 * behind foreign keys (see {@link ForeignKeyIndexes}), and the building blocks several families use
 * (batched backfills, NOT NULL tightening, narrowing refusal).
 */
record PlanSupport(
    Dialect dialect,
    PlanOptions options,
    Schema current,
    Schema desired,
    IdSequences idSequences,
    TypeSwaps typeSwaps,
    RenamedColumns renamedColumns,
    LiftedForeignKeys liftedForeignKeys,
    ReplacedPrimaryKeys replacedPrimaryKeys,
    ClusteredKeys clusteredKeys,
    ForeignKeyIndexes foreignKeyIndexes) {

  /** The dialect's capabilities, which most planning decisions turn on. */
  Capabilities capabilities() {
    return dialect.capabilities();
  }

  /**
   * Dropping what only guards columns that stay is a relaxation; otherwise it goes with the
   * columns.
   */
  StepKind relaxStep(Identifier table, List<Identifier> columns) {
    return keepsColumns(table, columns) ? EXPAND : CONTRACT;
  }

  boolean keepsColumns(Identifier table, List<Identifier> columns) {
    return desired
        .table(table)
        .map(t -> columns.stream().allMatch(col -> t.column(col).isPresent()))
        .orElse(false);
  }

  /**
   * {@code fk} added to {@code t} in {@code step} and checked at once, behind an orphan check and
   * after the index of its own the key needs there (see {@link ForeignKeyIndexes}); the undo drops
   * the key and then that index.
   */
  PlanItem addCheckedForeignKey(Items out, StepKind step, Identifier t, ForeignKey fk) {
    return addCheckedForeignKey(out, step, Rank.ADD_FOREIGN_KEY, t, fk);
  }

  /** {@link #addCheckedForeignKey(Items, StepKind, Identifier, ForeignKey)} at {@code rank}. */
  PlanItem addCheckedForeignKey(Items out, StepKind step, Rank rank, Identifier t, ForeignKey fk) {
    Optional<Index> index = foreignKeyIndexes.toAdd(t, fk);
    List<Operation> up = new ArrayList<>();
    index.ifPresent(i -> up.add(new CreateIndex(t, i, false)));
    // the index of the key this one replaces, made the table's own so that it keeps its name
    foreignKeyIndexes
        .rebuiltBeforeAdd(t, fk)
        .ifPresent(
            i -> {
              up.add(new DropIndex(t, i, false));
              up.add(new CreateIndex(t, i, false));
            });
    up.add(new Precheck(t, new Precheck.NoOrphans(fk)));
    up.add(new AddForeignKey(t, fk, false));
    List<Operation> down = new ArrayList<>();
    down.add(DropConstraint.foreignKey(t, fk.name()));
    index.ifPresent(i -> down.add(new DropIndex(t, i, false)));
    return out.item(step, rank, up, down);
  }

  /**
   * {@code fk} added to {@code t} NOT VALID in {@code step} (a brief lock, no scan of the rows) and
   * validated in {@code validate}, behind an orphan check, while writes go on.
   */
  List<PlanItem> addForeignKeyNotValid(
      Items out, StepKind step, StepKind validate, Identifier t, ForeignKey fk) {
    return addForeignKeyNotValid(out, step, Rank.ADD_FOREIGN_KEY, validate, t, fk);
  }

  /**
   * {@link #addForeignKeyNotValid(Items, StepKind, StepKind, Identifier, ForeignKey)} at {@code
   * rank}.
   */
  List<PlanItem> addForeignKeyNotValid(
      Items out, StepKind step, Rank rank, StepKind validate, Identifier t, ForeignKey fk) {
    return List.of(
        out.item(
            step,
            rank,
            List.of(new AddForeignKey(t, fk, true)),
            List.of(DropConstraint.foreignKey(t, fk.name()))),
        out.item(
            validate,
            Rank.ADD_CONSTRAINT,
            List.of(
                new Precheck(t, new Precheck.NoOrphans(fk)), new ValidateConstraint(t, fk.name())),
            List.of()));
  }

  /** A primary key's name: its own, or the one the server gives a key of {@code table}. */
  Identifier primaryKeyName(Identifier table, PrimaryKey pk) {
    return pk.name().orElse(dialect.identifiers().primaryKeyName(table));
  }

  /** {@code pk} under {@link #primaryKeyName}, as the statements that add it name it. */
  PrimaryKey named(Identifier table, PrimaryKey pk) {
    return new PrimaryKey(Optional.of(primaryKeyName(table, pk)), pk.columns());
  }

  /**
   * {@code key} (named) added to {@code table} in {@code step}: in one statement with the drop of
   * the key it replaces where the dialect needs that (see {@link ReplacedPrimaryKeys}), otherwise
   * on its own.
   */
  PlanItem addPrimaryKey(Items out, StepKind step, Identifier table, PrimaryKey key) {
    return replacedPrimaryKeys
        .replacing(out, step, table, key)
        .orElseGet(
            () ->
                out.item(
                    step,
                    Rank.ADD_CONSTRAINT,
                    List.of(new AddPrimaryKey(table, key)),
                    List.of(
                        new DropConstraint(
                            table,
                            key.name().orElseThrow(),
                            clusteredKeys.undoOfAddedKeyCopies(table)))));
  }

  /**
   * The step whose {@code SET NOT NULL} {@link #tightenNotNull} plans: a key over a column made NOT
   * NULL there can only be added in it, after the column is tightened.
   */
  StepKind notNullStep() {
    return skipsNotNullScan() ? CONTRACT_NOT_NULL : CONTRACT;
  }

  private boolean skipsNotNullScan() {
    return capabilities().checkSkipsNotNullScan() && capabilities().notValidConstraints();
  }

  /**
   * The name an index is built under beside the one it replaces, until the step that drops the old
   * one renames it or adopts it into a constraint.
   */
  Identifier shadowName(Identifier name) {
    return ShortNames.of(name.value() + "_autogen_new", dialect.identifiers().maxLength());
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
  List<PlanItem> tightenNotNull(Items out, Identifier t, Column column, List<Operation> fill) {
    Identifier col = column.name();
    List<Operation> first = new ArrayList<>(fill);
    first.add(new Precheck(t, new Precheck.NoNulls(col)));
    if (!skipsNotNullScan()) {
      first.add(new SetNotNull(t, column));
      return List.of(
          out.item(CONTRACT, Rank.ALTER_COLUMN, first, List.of(new DropNotNull(t, column))));
    }
    Check check =
        new Check(
            NotNullCheckName.of(t, col, dialect.identifiers().maxLength()),
            dialect.quote(col) + " IS NOT NULL");
    first.add(new AddCheck(t, check, true));
    return List.of(
        out.item(CONTRACT, Rank.ALTER_COLUMN, first, List.of(new DropConstraint(t, check.name()))),
        out.item(
            CONTRACT_VALIDATE,
            Rank.ADD_CONSTRAINT,
            List.of(new ValidateConstraint(t, check.name())),
            List.of()),
        out.item(
            CONTRACT_NOT_NULL,
            Rank.ALTER_COLUMN,
            List.of(new SetNotNull(t, col), new DropConstraint(t, check.name())),
            List.of(new AddCheck(t, check, false), new DropNotNull(t, col))));
  }

  /**
   * A backfill in batches that commit one by one, when the dialect allows it and the table has a
   * single-column primary key to walk; otherwise one statement.
   */
  Operation backfill(Identifier t, Identifier col, Value value) {
    Optional<BatchWalk> walk = batchWalk(t);
    if (walk.isPresent()) {
      return new BatchedBackfill(t, col, value, walk.get());
    }
    return new Backfill(t, col, value);
  }

  /**
   * An enum's values rewritten in place, in batches by the rules of {@link #backfill}; one
   * statement where a backfill would be one too, or where the key is the converted column itself (a
   * batch's bounds would move under it).
   */
  Operation convertValues(Identifier t, Value.EnumMapping mapping) {
    Optional<BatchWalk> walk = batchWalk(t).filter(w -> !w.key().equals(mapping.column()));
    if (walk.isPresent()) {
      return new BatchedConvertValues(t, mapping, walk.get());
    }
    return new ConvertValues(t, mapping);
  }

  /**
   * How a batched rewrite of {@code t} walks it: by its single-column primary key, in batches as
   * the options say, when the dialect can commit between batches.
   */
  private Optional<BatchWalk> batchWalk(Identifier t) {
    if (!capabilities().commitInBatches()) {
      return Optional.empty();
    }
    Optional<Table> table = desired.table(t);
    return table
        .flatMap(Table::primaryKey)
        .filter(pk -> pk.columns().size() == 1)
        .flatMap(pk -> table.get().column(pk.columns().get(0)))
        // a renamed key column is filled only by this revision's backfills: walk the old one
        .map(k -> renamedColumns.current(t, k.name()).orElse(k))
        .map(
            k ->
                new BatchWalk(
                    k.name(), k.type(), options.batches().size(), options.batches().pauseMillis()));
  }

  /**
   * The misfit of a type change when it narrows; refused (as a planning error giving the query that
   * finds the rows that would not fit) unless narrowing is allowed.
   */
  Optional<Misfit> narrowing(Identifier table, Identifier readFrom, Column before, Column after) {
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
              + " narrows"
              + fromTo(before, after)
              + ", which fails (or would cut values) for rows that do not fit; find them with: "
              + query
              + " — fix them, then rerun with --allow-narrowing (the plan then checks again before"
              + " converting)");
    }
    return misfit;
  }

  /** A type change in the dialect's words, as messages give it: {@code " from X to Y"}. */
  private String fromTo(Column before, Column after) {
    return " from "
        + dialect.types().render(before.type())
        + " to "
        + dialect.types().render(after.type());
  }

  /** The constants of the enum the desired column stores, when its source was read. */
  Optional<List<String>> enumConstants(Identifier table, Identifier column) {
    return options.encoding(table, column).flatMap(ColumnEncoding::enumConstants);
  }

  /** The {@code AttributeConverter} the desired column's values are stored through. */
  Optional<String> converter(Identifier table, Identifier column) {
    return options.encoding(table, column).flatMap(ColumnEncoding::converter);
  }

  /**
   * The conversion of a column stored through an {@code AttributeConverter} whose type changes: a
   * cast cannot know how the converter encodes values (a {@code 'Y'}/{@code 'N'} flag becoming
   * {@code 1}/{@code 0}), so the user writes it ({@code --backfill}, an expression over the column
   * as it is); without one, or in a rename (whose sync trigger would need the conversion both
   * ways), a planning error says what to do. Empty when the column has no converter (a {@code
   * --backfill} of such a column is a NOT NULL fill value, never a conversion).
   */
  Optional<Value> convertedValue(Identifier table, Column before, Column after, boolean rename) {
    Optional<String> converter = converter(table, after.name());
    if (converter.isEmpty()) {
      return Optional.empty();
    }
    String column = table + "." + after.name();
    String change =
        column
            + " is stored through the converter "
            + converter.get()
            + " and its type changes"
            + fromTo(before, after)
            + ": a cast cannot know how the converter encodes the stored values, so autogen does"
            + " not guess. ";
    if (rename) {
      throw new Unplannable(
          change
              + "Change the type in one migration (without the rename, giving the conversion with"
              + " --backfill "
              + column
              + "=\"<SQL expression over "
              + before.name()
              + ">\"), then rename in the next.");
    }
    return Optional.of(
        new Value.Expression(
            options
                .backfill(table.value(), after.name().value())
                .orElseThrow(
                    () ->
                        new Unplannable(
                            change
                                + "Write the conversion of the stored values as a SQL expression"
                                + " over the column and pass it with --backfill "
                                + column
                                + "=\"<expression>\" (e.g. --backfill "
                                + column
                                + "=\"CASE "
                                + dialect.quote(after.name())
                                + " WHEN 'Y' THEN 1 ELSE 0 END\"); the undo converts back with a"
                                + " plain cast, so check it too."))));
  }

  String requireBackfill(Identifier table, Column col) {
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
                        + "=\"<SQL expression>\" ("
                        + backfillExample(table, col)
                        + "), or give the field a default with @ColumnDefault"));
  }

  /**
   * An example for the --backfill a column needs: a text literal only for a character column, since
   * one given to a bit, number or date column is refused by the server.
   */
  private String backfillExample(Identifier table, Column col) {
    return dialect.types().isCharacterString(col.type())
        ? "e.g. --backfill " + table + "." + col.name() + "=\"'basic'\""
        : "a value of type "
            + col.type()
            + ", such as a constant or an expression of other columns";
  }
}
