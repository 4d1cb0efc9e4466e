package dev.autogen.classify;

import static dev.autogen.classify.Compatibility.BREAKING;
import static dev.autogen.classify.Compatibility.SAFE;

import dev.autogen.diff.*;
import dev.autogen.model.Identifier;
import dev.autogen.model.PartitionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verdicts for indexes and constraints. See {@link CompatibilityRules}. */
final class ConstraintRules extends RuleFamily {

  /** Partition keys of the current schema's partitioned tables, by table. */
  private final Map<Identifier, PartitionKey> partitionKeys;

  ConstraintRules(Facts facts, List<PartitionKey> partitionKeys) {
    super(facts);
    this.partitionKeys = new java.util.HashMap<>();
    partitionKeys.forEach(k -> this.partitionKeys.put(k.table(), k));
  }

  public Judgement visit(IndexAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    String build = say(dialect.wording().indexBuild(), c.table(), "");
    if (dialect.capabilities().concurrentIndex()) {
      hazards.add(hazard(HazardCode.NON_TRANSACTIONAL, build));
    } else {
      hazards.add(hazard(HazardCode.BLOCKING_LOCK, build));
    }
    hazards.add(indexBuild(c.table()));
    if (c.index().unique()) {
      hazards.add(duplicatesFailTheBuild(c.table()));
      partitionRefusal(c.table(), "unique index", c.index().columns()).ifPresent(hazards::add);
    }
    return judge(SAFE, "An index changes no result the running code sees.", hazards);
  }

  public Judgement visit(IndexDropped c) {
    return safe(
        "Dropping an index changes no result, only the speed of queries that used "
            + c.index().name()
            + ".");
  }

  public Judgement visit(UniqueAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(duplicatesFailTheBuild(c.table()));
    if (dialect.capabilities().concurrentIndex()) {
      hazards.add(
          hazard(
              HazardCode.NON_TRANSACTIONAL,
              say(dialect.wording().uniqueIndexBuild(), c.table(), "")));
    }
    hazards.add(indexBuild(c.table()));
    partitionRefusal(c.table(), "unique constraint", c.unique().columns()).ifPresent(hazards::add);
    return judge(
        SAFE,
        "A unique constraint rejects only duplicates, which the mapping already forbids.",
        hazards);
  }

  public Judgement visit(UniqueDropped c) {
    return droppingRejectsNothing("a unique constraint");
  }

  public Judgement visit(PrimaryKeyAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(
        hazard(HazardCode.BLOCKING_LOCK, say(dialect.wording().primaryKeyBuild(), c.table(), "")));
    hazards.add(hazard(HazardCode.CONSTRAINT_MAY_FAIL, "duplicate or NULL ids make it fail"));
    partitionRefusal(c.table(), "key", c.primaryKey().columns()).ifPresent(hazards::add);
    return judge(
        SAFE,
        "A primary key rejects only duplicate or missing ids, which the mapping already forbids.",
        hazards);
  }

  /** Dropping a constraint only widens what the database accepts. */
  private static Judgement droppingRejectsNothing(String constraint) {
    return safe("Dropping " + constraint + " rejects nothing the running code writes.");
  }

  /** A unique index or constraint is built over the rows already there, duplicates and all. */
  private static Hazard duplicatesFailTheBuild(Identifier table) {
    return hazard(
        HazardCode.CONSTRAINT_MAY_FAIL,
        "duplicate values already in " + table + " make the build fail");
  }

  /** A constraint added over the rows already there is validated against them all. */
  private static Hazard validationFails(Identifier table, String rowsThat) {
    return hazard(
        HazardCode.CONSTRAINT_MAY_FAIL,
        "rows of " + table + " that " + rowsThat + " make validation fail");
  }

  /**
   * The refusal of a primary key, unique constraint or unique index on a partitioned table that
   * leaves out a column of the partition key (or whose key holds an expression): PostgreSQL
   * enforces uniqueness per partition only, so it refuses such a constraint outright.
   */
  private Optional<Hazard> partitionRefusal(
      Identifier table, String what, List<Identifier> columns) {
    PartitionKey partitioning = partitionKeys.get(table);
    if (partitioning == null
        || (!partitioning.expressions() && columns.containsAll(partitioning.columns()))) {
      return Optional.empty();
    }
    return Optional.of(
        hazard(
                HazardCode.CONSTRAINT_MAY_FAIL,
                table
                    + " is partitioned by "
                    + (partitioning.expressions()
                        ? "an expression"
                        : String.join(
                            ", ", partitioning.columns().stream().map(Identifier::value).toList()))
                    + ", which the "
                    + what
                    + " ("
                    + String.join(", ", columns.stream().map(Identifier::value).toList())
                    + ") leaves out: the database refuses it")
            .withSeverity(Severity.ERROR));
  }

  public Judgement visit(PrimaryKeyDropped c) {
    return droppingRejectsNothing("a primary key");
  }

  public Judgement visit(ForeignKeyAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(validationFails(c.table(), "point at nothing"));
    if (!dialect.capabilities().notValidConstraints()) {
      hazards.add(hazard(HazardCode.FULL_TABLE_SCAN, "existing rows are checked under a lock"));
    }
    return judge(SAFE, "The mapping already keeps these references valid.", hazards);
  }

  public Judgement visit(ForeignKeyDropped c) {
    return droppingRejectsNothing("a foreign key");
  }

  public Judgement visit(CheckAdded c) {
    List<Hazard> hazards = new ArrayList<>();
    hazards.add(validationFails(c.table(), "fail (" + c.check().expression() + ")"));
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

  public Judgement visit(CheckDropped c) {
    return droppingRejectsNothing("a check");
  }
}
