package dev.autogen.lint;

import java.util.List;

/**
 * The tool that runs the linted migrations, as lint findings name it: which unit it runs in one
 * transaction and how that unit is told to run outside one. Lint knows it from the project (a
 * Liquibase master changelog or a Flyway folder), so a finding names the remedy the team can use.
 */
public enum MigrationTool {
  /** Flyway: a migration file runs in one transaction unless its {@code .conf} says otherwise. */
  FLYWAY(
      "Flyway",
      "file",
      "migration",
      "executeInTransaction=false",
      "a file of its own with executeInTransaction=false (a V<n>__x.sql.conf beside it; Flyway"
          + " Community does not read a -- flyway: line in the file)",
      // Flyway runs a file of only concurrent builds outside a transaction by itself
      "a file of its own that runs outside a transaction (Flyway executeInTransaction=false)") {
    @Override
    public List<Lines> linesOutsideTransaction(String text) {
      // only the file's .conf says so, which MigrationFile.transactional() already tells
      return List.of();
    }
  },
  /**
   * Liquibase: each changeset of a formatted SQL changelog runs in its own transaction unless its
   * {@code --changeset} line says {@code runInTransaction:false}.
   */
  LIQUIBASE(
      "Liquibase",
      "changeset",
      "changeset",
      "runInTransaction:false",
      "a changeset of its own with runInTransaction:false on its --changeset line",
      "a changeset of its own with runInTransaction:false on its --changeset line") {
    @Override
    public List<Lines> linesOutsideTransaction(String text) {
      return FormattedSql.changesets(text).stream()
          .filter(c -> !c.runInTransaction())
          .map(c -> new Lines(c.firstLine(), c.lastLine()))
          .toList();
    }
  };

  /** Lines {@code first} to {@code last} of a file, 1-based, both included. */
  public record Lines(int first, int last) {}

  private final String displayName;
  private final String unit;
  private final String recorded;
  private final String outsideTransactionSetting;
  private final String outsideTransaction;
  private final String concurrentIndexHome;

  MigrationTool(
      String displayName,
      String unit,
      String recorded,
      String outsideTransactionSetting,
      String outsideTransaction,
      String concurrentIndexHome) {
    this.displayName = displayName;
    this.unit = unit;
    this.recorded = recorded;
    this.outsideTransactionSetting = outsideTransactionSetting;
    this.outsideTransaction = outsideTransaction;
    this.concurrentIndexHome = concurrentIndexHome;
  }

  /**
   * The lines of {@code text}, a file the tool runs, that the file itself tells the tool to run
   * outside a transaction: Liquibase's changesets with {@code runInTransaction:false}; none for
   * Flyway, whose setting is the file's {@code .conf}.
   */
  public abstract List<Lines> linesOutsideTransaction(String text);

  /** The tool's name as a sentence uses it ({@code Flyway}). */
  public String displayName() {
    return displayName;
  }

  /** What the tool runs in one transaction: a {@code file} or a {@code changeset}. */
  public String unit() {
    return unit;
  }

  /** What the tool records as applied: a {@code migration} (Flyway) or a {@code changeset}. */
  public String recorded() {
    return recorded;
  }

  /**
   * The transaction a statement of the unit runs in, as a finding names it ("the transaction Flyway
   * runs this file in").
   */
  public String unitTransaction() {
    return "the transaction " + displayName + " runs this " + unit + " in";
  }

  /**
   * Where a rule's title places a statement, {@code runs} being the verb: "in a file Flyway runs in
   * a transaction" (or "already runs").
   */
  public String inTransactionalUnit(String runs) {
    return "in a " + unit + " " + displayName + " " + runs + " in a transaction";
  }

  /** The setting that runs a unit outside a transaction ({@code runInTransaction:false}). */
  public String outsideTransactionSetting() {
    return outsideTransactionSetting;
  }

  /** Where a statement goes to run outside a transaction ("a file of its own with ..."). */
  public String outsideTransaction() {
    return outsideTransaction;
  }

  /**
   * Where {@code index-not-concurrent} sends a {@code CREATE INDEX CONCURRENTLY} ("a file of its
   * own that runs outside a transaction ...").
   */
  public String concurrentIndexHome() {
    return concurrentIndexHome;
  }

  /**
   * Whether the tool runs a unit outside a transaction by itself when all its statements are ones
   * PostgreSQL refuses in a transaction block. Flyway's parser does; Liquibase only follows {@code
   * runInTransaction}.
   */
  public boolean detectsNonTransactional() {
    return this == FLYWAY;
  }
}
