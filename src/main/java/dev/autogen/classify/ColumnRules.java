package dev.autogen.classify;

import static dev.autogen.classify.Compatibility.BREAKING;
import static dev.autogen.classify.Compatibility.SAFE;

import dev.autogen.diff.*;
import dev.autogen.model.Column;
import dev.autogen.model.UnwrittenColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Verdicts for column changes. See {@link CompatibilityRules}. */
final class ColumnRules extends RuleFamily {

  /** Columns the code never writes on insert: the database must keep filling them. */
  private final Set<UnwrittenColumn> unwritten;

  ColumnRules(Facts facts, Set<UnwrittenColumn> unwritten) {
    super(facts);
    this.unwritten = Set.copyOf(unwritten);
  }

  public Judgement visit(ColumnAdded c) {
    var col = c.column();
    List<Hazard> hazards = new ArrayList<>();
    col.defaultExpression()
        .filter(VolatileDefaults::isVolatile)
        .ifPresent(
            d -> {
              hazards.add(
                  hazard(
                      HazardCode.TABLE_REWRITE,
                      "the volatile default "
                          + d
                          + " is computed for every existing row"
                          + sizeNote(c.table())));
              hazards.add(rebuildLock(c.table(), "for the whole rewrite"));
            });
    if (col.defaultExpression().isPresent()
        && !dialect.capabilities().fastDefaultAddColumn()
        && hazards.isEmpty()) {
      hazards.add(
          hazard(HazardCode.TABLE_REWRITE, "the default is written into every existing row"));
    }
    if (!col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty()) {
      hazards.add(
          breaksOldCode(
              "inserts from the running code leave " + col.name() + " empty and are rejected"));
      hazards.add(notNullScan(c.table(), col.name()));
      return judge(
          BREAKING,
          "The running code inserts rows without "
              + col.name()
              + ", which NOT NULL without a default rejects.",
          hazards);
    }
    return judge(
        SAFE,
        col.defaultExpression().isPresent()
            ? "The running code does not write "
                + col.name()
                + "; the database fills in the default."
            : "The running code does not write " + col.name() + "; it stays NULL for its rows.",
        hazards);
  }

  public Judgement visit(ColumnDropped c) {
    String name = c.table() + "." + c.column().name();
    return breaking(
        "The running code may still read or write " + name + "." + leftBehind(c.column()),
        breaksOldCode("queries naming " + name + " fail once it is gone"),
        hazard(HazardCode.DATA_LOSS, "the values of " + name + " are deleted"),
        hazard(HazardCode.IRREVERSIBLE, "the downgrade re-adds " + name + " without its values"));
  }

  public Judgement visit(ColumnRenamed c) {
    boolean typeChanges = !c.before().type().equals(c.after().type());
    String reason =
        "The running code still uses "
            + c.before().name()
            + (typeChanges ? " and its old type " + dialect.types().render(c.before().type()) : "")
            + "."
            + leftBehind(c.before());
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        breaksOldCode(
            "queries naming "
                + c.table()
                + "."
                + c.before().name()
                + " fail after a plain rename"));
    if (typeChanges && !dialect.types().isWidening(c.before().type(), c.after().type())) {
      hazards.add(
          hazard(
              HazardCode.CONSTRAINT_MAY_FAIL,
              "values of "
                  + c.before().name()
                  + " that do not convert to "
                  + dialect.types().render(c.after().type())
                  + " make the backfill fail"));
    }
    return judge(BREAKING, reason, hazards);
  }

  public Judgement visit(ColumnTypeChanged c) {
    var from = c.before().type();
    var to = c.after().type();
    String name = c.table() + "." + c.after().name();
    if (dialect.types().isMetadataOnlyChange(from, to)) {
      return safe(
          "Widening "
              + name
              + " accepts every value the running code writes and only touches the catalog.");
    }
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.TABLE_REWRITE,
            "changing "
                + name
                + " from "
                + dialect.types().render(from)
                + " to "
                + dialect.types().render(to)
                + " rewrites the table"
                + sizeNote(c.table())));
    hazards.add(rebuildLock(c.table(), "for the whole rewrite"));
    if (dialect.types().isWidening(from, to)) {
      return judge(SAFE, "Every value the running code writes still fits " + name + ".", hazards);
    }
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "existing values that do not convert make the change fail"));
    // a conversion the dialect knows both ways (text to and from a large object) loses nothing
    boolean convertsBack =
        dialect.types().conversion(from, to).isPresent()
            && dialect.types().conversion(to, from).isPresent();
    if (!convertsBack) {
      hazards.add(
          hazard(
              HazardCode.IRREVERSIBLE,
              "converting back to "
                  + dialect.types().render(from)
                  + " cannot restore digits or characters the new type dropped"));
    }
    return judge(
        BREAKING,
        "The running code reads and writes "
            + name
            + " as "
            + dialect.types().render(from)
            + "; the new type may not accept or return the same values."
            + leftBehind(c.before()),
        hazards);
  }

  /** The dialect's note on what the column's values leave behind once it goes, after a space. */
  private String leftBehind(Column col) {
    return dialect.types().leftBehind(col.type()).map(note -> " " + note).orElse("");
  }

  public Judgement visit(ColumnNullabilityChanged c) {
    String name = c.table() + "." + c.after().name();
    if (c.after().nullable()) {
      return safe("Allowing NULL in " + name + " rejects nothing the running code writes.");
    }
    return breaking(
        "The running code may still write NULL into " + name + ".",
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "existing NULLs in " + name + " make SET NOT NULL fail"),
        notNullScan(c.table(), c.after().name()));
  }

  public Judgement visit(ColumnDefaultChanged c) {
    Column after = c.after();
    if (after.defaultExpression().isEmpty()
        && c.before().defaultExpression().isPresent()
        && unwritten.contains(new UnwrittenColumn(c.table(), after.name()))) {
      String name = c.table() + "." + after.name();
      String outcome =
          after.nullable()
              ? "now get NULL in " + name + " instead of its default"
              : "fail: " + name + " is NOT NULL";
      return breaking(
          "The code never writes "
              + name
              + " (insertable = false) and relies on its default; without it, its inserts "
              + outcome
              + ".",
          breaksOldCode(
              "inserts leave "
                  + name
                  + " to the database, which would no longer fill it; declare the default"
                  + " in the entity (@ColumnDefault) or let the code write the column"));
    }
    return safe("A default only applies to future inserts that omit " + after.name() + ".");
  }

  public Judgement visit(ColumnIdentityChanged c) {
    if (c.after().identity().isPresent()) {
      return judge(
          SAFE,
          "The running code either sends "
              + c.after().name()
              + " itself or now gets a generated value.",
          List.of(
              hazard(
                  HazardCode.SEQUENCE_CHANGE,
                  "the new identity starts at 1 unless restarted past the current maximum of "
                      + c.after().name())));
    }
    return breaking(
        "The running code may rely on the database generating " + c.after().name() + ".",
        breaksOldCode("inserts without " + c.after().name() + " fail or store NULL"),
        hazard(
            HazardCode.SEQUENCE_CHANGE,
            "the identity sequence of " + c.after().name() + " is dropped with it"));
  }
}
