package dev.autogen.classify;

import static dev.autogen.classify.Compatibility.BREAKING;
import static dev.autogen.classify.Compatibility.SAFE;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.*;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rule per change kind: the verdict for the old code and the hazards of applying it. Each
 * reason is one sentence a reviewer can check against the running application.
 */
final class CompatibilityRules implements ChangeVisitor<Judgement> {

  private final Dialect dialect;
  private final Map<Identifier, TableStatistics> statistics;
  private final List<Change> all;

  CompatibilityRules(
      Dialect dialect, Map<Identifier, TableStatistics> statistics, List<Change> all) {
    this.dialect = dialect;
    this.statistics = statistics;
    this.all = List.copyOf(all);
  }

  @Override
  public Judgement visit(TableAdded c) {
    return safe("A new table is invisible to the code that is running.");
  }

  @Override
  public Judgement visit(TableDropped c) {
    return judge(
        BREAKING,
        "The running code may still read or write " + c.table().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries on " + c.table().name() + " fail once it is gone"),
            hazard(
                HazardCode.DATA_LOSS,
                "every row of " + c.table().name() + sizeNote(c.tableName()) + " is deleted"),
            hazard(
                HazardCode.IRREVERSIBLE,
                "the downgrade recreates " + c.table().name() + " empty")));
  }

  @Override
  public Judgement visit(TableRenamed c) {
    return judge(
        BREAKING,
        "The running code still uses the old name " + c.from() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries naming " + c.from() + " fail after the rename")));
  }

  @Override
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
              hazards.add(
                  hazard(
                      HazardCode.BLOCKING_LOCK,
                      "ACCESS EXCLUSIVE lock on " + c.table() + " for the whole rewrite"));
            });
    if (col.defaultExpression().isPresent()
        && !dialect.capabilities().fastDefaultAddColumn()
        && hazards.isEmpty()) {
      hazards.add(
          hazard(HazardCode.TABLE_REWRITE, "the default is written into every existing row"));
    }
    if (!col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty()) {
      hazards.add(
          hazard(
              HazardCode.BREAKS_OLD_CODE,
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

  @Override
  public Judgement visit(ColumnDropped c) {
    String name = c.table() + "." + c.column().name();
    return judge(
        BREAKING,
        "The running code may still read or write " + name + ".",
        List.of(
            hazard(HazardCode.BREAKS_OLD_CODE, "queries naming " + name + " fail once it is gone"),
            hazard(HazardCode.DATA_LOSS, "the values of " + name + " are deleted"),
            hazard(
                HazardCode.IRREVERSIBLE, "the downgrade re-adds " + name + " without its values")));
  }

  @Override
  public Judgement visit(ColumnRenamed c) {
    boolean typeChanges = !c.before().type().equals(c.after().type());
    String reason =
        "The running code still uses "
            + c.before().name()
            + (typeChanges ? " and its old type " + dialect.types().render(c.before().type()) : "")
            + ".";
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.BREAKS_OLD_CODE,
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

  @Override
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
    hazards.add(
        hazard(
            HazardCode.BLOCKING_LOCK,
            "ACCESS EXCLUSIVE lock on " + c.table() + " for the whole rewrite"));
    if (dialect.types().isWidening(from, to)) {
      return judge(SAFE, "Every value the running code writes still fits " + name + ".", hazards);
    }
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "existing values that do not convert make the change fail"));
    hazards.add(
        hazard(
            HazardCode.IRREVERSIBLE,
            "converting back to "
                + dialect.types().render(from)
                + " cannot restore digits or characters the new type dropped"));
    return judge(
        BREAKING,
        "The running code reads and writes "
            + name
            + " as "
            + dialect.types().render(from)
            + "; the new type may not accept or return the same values.",
        hazards);
  }

  @Override
  public Judgement visit(ColumnNullabilityChanged c) {
    String name = c.table() + "." + c.after().name();
    if (c.after().nullable()) {
      return safe("Allowing NULL in " + name + " rejects nothing the running code writes.");
    }
    return judge(
        BREAKING,
        "The running code may still write NULL into " + name + ".",
        List.of(
            hazard(
                HazardCode.CONSTRAINT_MAY_FAIL,
                "existing NULLs in " + name + " make SET NOT NULL fail"),
            notNullScan(c.table(), c.after().name())));
  }

  @Override
  public Judgement visit(ColumnDefaultChanged c) {
    return safe("A default only applies to future inserts that omit " + c.after().name() + ".");
  }

  @Override
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
    return judge(
        BREAKING,
        "The running code may rely on the database generating " + c.after().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "inserts without " + c.after().name() + " fail or store NULL"),
            hazard(
                HazardCode.SEQUENCE_CHANGE,
                "the identity sequence of " + c.after().name() + " is dropped with it")));
  }

  @Override
  public Judgement visit(IndexAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    if (dialect.capabilities().concurrentIndex()) {
      hazards.add(
          hazard(
              HazardCode.NON_TRANSACTIONAL,
              "built CONCURRENTLY outside a transaction so writes to " + c.table() + " go on"));
    } else {
      hazards.add(
          hazard(
              HazardCode.BLOCKING_LOCK,
              "writes to " + c.table() + " wait while the index is built"));
    }
    hazards.add(indexBuild(c.table()));
    if (c.index().unique()) {
      hazards.add(
          hazard(
              HazardCode.CONSTRAINT_MAY_FAIL,
              "duplicate values already in " + c.table() + " make the build fail"));
    }
    return judge(SAFE, "An index changes no result the running code sees.", hazards);
  }

  @Override
  public Judgement visit(IndexDropped c) {
    return safe(
        "Dropping an index changes no result, only the speed of queries that used "
            + c.index().name()
            + ".");
  }

  @Override
  public Judgement visit(UniqueAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "duplicate values already in " + c.table() + " make the build fail"));
    if (dialect.capabilities().concurrentIndex()) {
      hazards.add(
          hazard(
              HazardCode.NON_TRANSACTIONAL,
              "its index is built CONCURRENTLY outside a transaction"));
    }
    hazards.add(indexBuild(c.table()));
    return judge(
        SAFE,
        "A unique constraint rejects only duplicates, which the mapping already forbids.",
        hazards);
  }

  @Override
  public Judgement visit(UniqueDropped c) {
    return safe("Dropping a unique constraint rejects nothing the running code writes.");
  }

  @Override
  public Judgement visit(PrimaryKeyAdded c) {
    return judge(
        SAFE,
        "A primary key rejects only duplicate or missing ids, which the mapping already forbids.",
        List.of(
            hazard(
                HazardCode.BLOCKING_LOCK,
                "ACCESS EXCLUSIVE lock on " + c.table() + " while the key's index is built"),
            hazard(HazardCode.CONSTRAINT_MAY_FAIL, "duplicate or NULL ids make it fail")));
  }

  @Override
  public Judgement visit(PrimaryKeyDropped c) {
    return safe("Dropping a primary key rejects nothing the running code writes.");
  }

  @Override
  public Judgement visit(ForeignKeyAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "rows of " + c.table() + " that point at nothing make validation fail"));
    if (!dialect.capabilities().notValidConstraints()) {
      hazards.add(hazard(HazardCode.FULL_TABLE_SCAN, "existing rows are checked under a lock"));
    }
    return judge(SAFE, "The mapping already keeps these references valid.", hazards);
  }

  @Override
  public Judgement visit(ForeignKeyDropped c) {
    return safe("Dropping a foreign key rejects nothing the running code writes.");
  }

  @Override
  public Judgement visit(CheckAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "rows of "
                + c.table()
                + " that fail ("
                + c.check().expression()
                + ") make validation fail"));
    List<String> removed = EnumChecks.removedValues(c, all);
    if (!removed.isEmpty()) {
      hazards.add(
          hazard(
              HazardCode.ENUM_VALUE_REMOVED,
              "the running code may still write "
                  + String.join(", ", removed)
                  + ", which the new check on "
                  + c.table()
                  + " rejects"));
      return judge(
          BREAKING,
          "The running code may still write the enum values " + String.join(", ", removed) + ".",
          hazards);
    }
    return judge(SAFE, "The check states what the mapping already guarantees.", hazards);
  }

  @Override
  public Judgement visit(CheckDropped c) {
    return safe("Dropping a check rejects nothing the running code writes.");
  }

  @Override
  public Judgement visit(SequenceAdded c) {
    return safe("A new sequence is invisible to the code that is running.");
  }

  @Override
  public Judgement visit(SequenceDropped c) {
    return judge(
        BREAKING,
        "The running code may still draw ids from " + c.sequence().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "inserts that call nextval('" + c.sequence().name() + "') fail"),
            hazard(
                HazardCode.SEQUENCE_CHANGE,
                "the position of " + c.sequence().name() + " is lost; a downgrade restarts it")));
  }

  private static Judgement safe(String reason) {
    return new Judgement(Verdict.safe(reason), List.of());
  }

  private static Judgement judge(Compatibility backward, String reason, List<Hazard> hazards) {
    return new Judgement(new Verdict(backward, reason), hazards);
  }

  private static Hazard hazard(HazardCode code, String message) {
    return new Hazard(code, message);
  }

  /** Setting NOT NULL: how much of the table is read, and under which lock, on this server. */
  private Hazard notNullScan(Identifier table, Identifier column) {
    if (dialect.capabilities().checkSkipsNotNullScan()
        && dialect.capabilities().notValidConstraints()) {
      return hazard(
          HazardCode.FULL_TABLE_SCAN,
          "validating CHECK ("
              + column
              + " IS NOT NULL) reads every row of "
              + table
              + sizeNote(table)
              + " under a SHARE UPDATE EXCLUSIVE lock (writes go on); SET NOT NULL then skips"
              + " its scan");
    }
    return hazard(
        HazardCode.FULL_TABLE_SCAN,
        "SET NOT NULL reads every row of "
            + table
            + sizeNote(table)
            + " under an ACCESS EXCLUSIVE lock (this server cannot use a validated CHECK to skip"
            + " the scan)");
  }

  private Hazard indexBuild(Identifier table) {
    return hazard(
        HazardCode.LONG_INDEX_BUILD, "the build reads every row of " + table + sizeNote(table));
  }

  /** " (about N rows)" when the database has estimated the table's size. */
  private String sizeNote(Identifier table) {
    TableStatistics s = statistics.get(table);
    return s == null || s.estimatedRows() <= 0 ? "" : " (about " + s.estimatedRows() + " rows)";
  }
}
