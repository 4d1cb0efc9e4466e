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
final class CompatibilityRules implements ChangeVisitor<Assessment> {

  private final Dialect dialect;
  private final Map<Identifier, TableStatistics> statistics;

  CompatibilityRules(Dialect dialect, Map<Identifier, TableStatistics> statistics) {
    this.dialect = dialect;
    this.statistics = statistics;
  }

  @Override
  public Assessment visit(TableAdded c) {
    return safe(c, "A new table is invisible to the code that is running.");
  }

  @Override
  public Assessment visit(TableDropped c) {
    return new Assessment(
        c,
        BREAKING,
        "The running code may still read or write " + c.table().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries on " + c.table().name() + " fail once it is gone"),
            hazard(
                HazardCode.DATA_LOSS,
                "every row of " + c.table().name() + sizeNote(c.tableName()) + " is deleted")));
  }

  @Override
  public Assessment visit(TableRenamed c) {
    return new Assessment(
        c,
        BREAKING,
        "The running code still uses the old name " + c.from() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries naming " + c.from() + " fail after the rename")));
  }

  @Override
  public Assessment visit(ColumnAdded c) {
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
      return new Assessment(
          c,
          BREAKING,
          "The running code inserts rows without "
              + col.name()
              + ", which NOT NULL without a default rejects.",
          hazards);
    }
    return new Assessment(
        c,
        SAFE,
        col.defaultExpression().isPresent()
            ? "The running code does not write "
                + col.name()
                + "; the database fills in the default."
            : "The running code does not write " + col.name() + "; it stays NULL for its rows.",
        hazards);
  }

  @Override
  public Assessment visit(ColumnDropped c) {
    String name = c.table() + "." + c.column().name();
    return new Assessment(
        c,
        BREAKING,
        "The running code may still read or write " + name + ".",
        List.of(
            hazard(HazardCode.BREAKS_OLD_CODE, "queries naming " + name + " fail once it is gone"),
            hazard(HazardCode.DATA_LOSS, "the values of " + name + " are deleted")));
  }

  @Override
  public Assessment visit(ColumnRenamed c) {
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
    return new Assessment(c, BREAKING, reason, hazards);
  }

  @Override
  public Assessment visit(ColumnTypeChanged c) {
    var from = c.before().type();
    var to = c.after().type();
    String name = c.table() + "." + c.after().name();
    if (dialect.types().isMetadataOnlyChange(from, to)) {
      return safe(
          c,
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
      return new Assessment(
          c, SAFE, "Every value the running code writes still fits " + name + ".", hazards);
    }
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "existing values that do not convert make the change fail"));
    return new Assessment(
        c,
        BREAKING,
        "The running code reads and writes "
            + name
            + " as "
            + dialect.types().render(from)
            + "; the new type may not accept or return the same values.",
        hazards);
  }

  @Override
  public Assessment visit(ColumnNullabilityChanged c) {
    String name = c.table() + "." + c.after().name();
    if (c.after().nullable()) {
      return safe(c, "Allowing NULL in " + name + " rejects nothing the running code writes.");
    }
    return new Assessment(
        c,
        BREAKING,
        "The running code may still write NULL into " + name + ".",
        List.of(
            hazard(
                HazardCode.CONSTRAINT_MAY_FAIL,
                "existing NULLs in " + name + " make SET NOT NULL fail"),
            hazard(
                HazardCode.FULL_TABLE_SCAN,
                "SET NOT NULL scans "
                    + c.table()
                    + sizeNote(c.table())
                    + " under an ACCESS EXCLUSIVE lock unless a validated CHECK proves it")));
  }

  @Override
  public Assessment visit(ColumnDefaultChanged c) {
    return safe(c, "A default only applies to future inserts that omit " + c.after().name() + ".");
  }

  @Override
  public Assessment visit(ColumnIdentityChanged c) {
    if (c.after().identity().isPresent()) {
      return safe(
          c,
          "The running code either sends "
              + c.after().name()
              + " itself or now gets a generated value.");
    }
    return new Assessment(
        c,
        BREAKING,
        "The running code may rely on the database generating " + c.after().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "inserts without " + c.after().name() + " fail or store NULL")));
  }

  @Override
  public Assessment visit(IndexAdded c) {
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
    if (c.index().unique()) {
      hazards.add(
          hazard(
              HazardCode.CONSTRAINT_MAY_FAIL,
              "duplicate values already in " + c.table() + " make the build fail"));
    }
    return new Assessment(c, SAFE, "An index changes no result the running code sees.", hazards);
  }

  @Override
  public Assessment visit(IndexDropped c) {
    return safe(
        c,
        "Dropping an index changes no result, only the speed of queries that used "
            + c.index().name()
            + ".");
  }

  @Override
  public Assessment visit(UniqueAdded c) {
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
    return new Assessment(
        c,
        SAFE,
        "A unique constraint rejects only duplicates, which the mapping already forbids.",
        hazards);
  }

  @Override
  public Assessment visit(UniqueDropped c) {
    return safe(c, "Dropping a unique constraint rejects nothing the running code writes.");
  }

  @Override
  public Assessment visit(PrimaryKeyAdded c) {
    return new Assessment(
        c,
        SAFE,
        "A primary key rejects only duplicate or missing ids, which the mapping already forbids.",
        List.of(
            hazard(
                HazardCode.BLOCKING_LOCK,
                "ACCESS EXCLUSIVE lock on " + c.table() + " while the key's index is built"),
            hazard(HazardCode.CONSTRAINT_MAY_FAIL, "duplicate or NULL ids make it fail")));
  }

  @Override
  public Assessment visit(PrimaryKeyDropped c) {
    return safe(c, "Dropping a primary key rejects nothing the running code writes.");
  }

  @Override
  public Assessment visit(ForeignKeyAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(
            HazardCode.CONSTRAINT_MAY_FAIL,
            "rows of " + c.table() + " that point at nothing make validation fail"));
    if (!dialect.capabilities().notValidConstraints()) {
      hazards.add(hazard(HazardCode.FULL_TABLE_SCAN, "existing rows are checked under a lock"));
    }
    return new Assessment(c, SAFE, "The mapping already keeps these references valid.", hazards);
  }

  @Override
  public Assessment visit(ForeignKeyDropped c) {
    return safe(c, "Dropping a foreign key rejects nothing the running code writes.");
  }

  @Override
  public Assessment visit(CheckAdded c) {
    return new Assessment(
        c,
        SAFE,
        "The check states what the mapping already guarantees.",
        List.of(
            hazard(
                HazardCode.CONSTRAINT_MAY_FAIL,
                "rows of "
                    + c.table()
                    + " that fail ("
                    + c.check().expression()
                    + ") make validation fail")));
  }

  @Override
  public Assessment visit(CheckDropped c) {
    return safe(c, "Dropping a check rejects nothing the running code writes.");
  }

  @Override
  public Assessment visit(SequenceAdded c) {
    return safe(c, "A new sequence is invisible to the code that is running.");
  }

  @Override
  public Assessment visit(SequenceDropped c) {
    return new Assessment(
        c,
        BREAKING,
        "The running code may still draw ids from " + c.sequence().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "inserts that call nextval('" + c.sequence().name() + "') fail")));
  }

  private static Assessment safe(Change c, String reason) {
    return new Assessment(c, SAFE, reason, List.of());
  }

  private static Hazard hazard(HazardCode code, String message) {
    return new Hazard(code, message);
  }

  /** " (about N rows)" when the database has estimated the table's size. */
  private String sizeNote(Identifier table) {
    TableStatistics s = statistics.get(table);
    return s == null || s.estimatedRows() <= 0 ? "" : " (about " + s.estimatedRows() + " rows)";
  }
}
