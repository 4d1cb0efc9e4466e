package dev.autogen.plan;

/**
 * The files a plan can have, in the order they run. Phases only move forward (expand, backfill,
 * contract) so that a reader can stop at any file and know the old code still works.
 */
enum StepKind {
  EXPAND(
      Phase.EXPAND,
      "",
      true,
      "Expand: add and relax only",
      "Everything here only adds or relaxes, so the application version that is running keeps working.",
      "Deploy the new application version only after this revision's other files in the migrations folder (indexes, validation, backfill) have run too, as Flyway runs them together; the old version keeps working throughout."),
  /** Concurrent builds cannot run in a transaction; grouping them keeps the other files atomic. */
  INDEXES(
      Phase.EXPAND,
      "indexes",
      false,
      "Build and drop indexes without blocking writes",
      "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction, so these statements have a file of their own; they do not block writes while they run.",
      "If a build fails it leaves an INVALID index; rerunning this file drops it and builds it again."),
  /**
   * Validation reads every row; in its own transaction it holds only a lock that lets writes go on.
   */
  VALIDATE(
      Phase.EXPAND,
      "validate",
      true,
      "Validate constraints added NOT VALID",
      "The constraints were added NOT VALID (a brief lock); validating them in a separate transaction checks existing rows without blocking writes.",
      "Nothing to wait for."),
  BACKFILL(
      Phase.BACKFILL,
      "backfill",
      true,
      "Backfill: fill new columns for existing rows",
      "Data moves after the schema exists while the old application version runs; the sync triggers keep rows written meanwhile in step.",
      "Deploy the new application version only once this file has finished (no NULLs left in the new columns; after an interruption, rerun it and it continues where it stopped): until then it would read NULL in the new columns of rows written before the expand step. The contract step waits until no instance of the old version is left."),
  /**
   * Indexes of the columns a switch will swap in, built concurrently once the backfill filled them
   * (the backfill then writes no index entries); like {@link #INDEXES}, outside a transaction.
   */
  BACKFILL_INDEXES(
      Phase.BACKFILL,
      "backfill_indexes",
      false,
      "Build the indexes of the filled columns without blocking writes",
      "The keys and indexes of the columns the switch swaps in are built CONCURRENTLY now that the backfill has filled them, which cannot run in a transaction; the switch then adopts them without building anything under its lock.",
      "If a build fails it leaves an INVALID index; rerunning this file drops it and builds it again."),
  /**
   * The NOT NULL checks the expand step added NOT VALID on the columns a switch will swap in can
   * only be validated once the backfill filled every row; validation reads them all under a lock
   * that lets writes go on, and lets the switch set NOT NULL without a scan.
   */
  BACKFILL_VALIDATE(
      Phase.BACKFILL,
      "backfill_validate",
      true,
      "Validate the NOT NULL checks of the filled columns",
      "The expand step added CHECK (col IS NOT NULL) NOT VALID on the new columns that replace NOT NULL ones; now that the backfill filled every row, validating it in its own transaction reads the rows without blocking writes, and lets the switch set NOT NULL without a scan.",
      "Nothing to wait for."),
  /**
   * A type change without a rewrite: the column filled beside the old one takes its name, keys,
   * indexes and generated values, in one transaction that only touches the catalog.
   */
  SWITCH(
      Phase.SWITCH,
      "switch",
      true,
      "Switch: swap in the columns filled beside the old ones",
      "Renaming the new column into the old one's place and moving keys, indexes and generated values onto it only touches the catalog: one transaction under a brief ACCESS EXCLUSIVE lock (on the table, and on the tables whose foreign keys are moved), where ALTER COLUMN ... TYPE would rewrite the table under that lock. The new type only widens the old one, so the running old version keeps working with it.",
      "Deploy the new application version once this revision's files have run (Flyway runs them together). The old column stays, renamed and kept in step by a trigger, for the downgrade until the contract step drops it."),
  /** Constraints the switch re-created NOT VALID, validated in a transaction of their own. */
  SWITCH_VALIDATE(
      Phase.SWITCH,
      "switch_validate",
      true,
      "Validate the constraints the switch re-created",
      "The switch re-created the foreign keys and checks of the swapped columns NOT VALID (a brief lock); validating them in their own transaction reads every row without blocking writes.",
      "Nothing to wait for."),
  /** Contract removes what the old version uses, so it waits in the deferred folder. */
  CONTRACT(
      Phase.CONTRACT,
      "contract",
      true,
      "Contract: remove what only the old application version used",
      "These statements break the old application version, so they must not run in the same deploy; the file waits in the deferred folder.",
      "Run `autogen promote` to move this file into the migrations folder once no instance of the old version is left."),
  /**
   * Validation of the NOT NULL checks added NOT VALID by the contract step: in a transaction of its
   * own it reads every row under a lock that lets writes go on.
   */
  CONTRACT_VALIDATE(
      Phase.CONTRACT,
      "contract_validate",
      true,
      "Contract: validate the NOT NULL checks",
      "The previous step added CHECK (col IS NOT NULL) NOT VALID under a brief lock; validating it in its own transaction reads every row without blocking writes.",
      "Nothing to wait for."),
  /** With the checks validated, SET NOT NULL skips its scan and only takes a brief lock. */
  CONTRACT_NOT_NULL(
      Phase.CONTRACT,
      "contract_not_null",
      true,
      "Contract: set NOT NULL and drop the helper checks",
      "A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its full-table scan (PostgreSQL 12+), so this step holds its lock only briefly; the check is then redundant and dropped.",
      "Nothing to wait for.");

  /**
   * The expand step's advice when the plan has a backfill: the new columns of existing rows stay
   * NULL until the backfill finished, so deploying the new version any earlier lets it read NULL
   * where the old version sees a value (a rename's new column) or where a NOT NULL is coming.
   */
  private static final String EXPAND_NEXT_BEFORE_BACKFILL =
      "Do not deploy the new application version yet: the new columns stay NULL in rows written before this step until this revision's backfill file has finished. Deploy it once the backfill finished (Flyway runs the revision's indexes, validation and backfill files right after this one); the old version keeps working throughout.";

  final Phase phase;
  final String slug;
  final boolean transactional;
  final String title;
  final String why;
  final String next;

  StepKind(Phase phase, String slug, boolean transactional, String title, String why, String next) {
    this.phase = phase;
    this.slug = slug;
    this.transactional = transactional;
    this.title = title;
    this.why = why;
    this.next = next;
  }

  /** The expand step's advice when the plan swaps columns: the switch comes after the backfill. */
  private static final String EXPAND_NEXT_BEFORE_SWITCH =
      "Do not deploy the new application version yet: the new columns are filled for the rows written before this step by this revision's backfill file, and take the old columns' places in its switch file. Deploy it once the switch file has run (Flyway runs the revision's indexes, validation, backfill and switch files right after this one); the old version keeps working throughout.";

  /**
   * The backfill step's advice when a switch follows it: the new version needs the swapped columns,
   * which only the switch puts in place.
   */
  private static final String BACKFILL_NEXT_BEFORE_SWITCH =
      "Deploy the new application version only once this file and the switch file after it have run (after an interruption, rerun this file and it continues where it stopped): until the switch, the columns keep their old types. The contract step waits until no instance of the old version is left.";

  /** What must happen before the next step, given the kinds of steps the plan has. */
  String next(java.util.Set<StepKind> planSteps) {
    if (this == EXPAND && planSteps.contains(SWITCH)) {
      return EXPAND_NEXT_BEFORE_SWITCH;
    }
    if (this == EXPAND && planSteps.contains(BACKFILL)) {
      return EXPAND_NEXT_BEFORE_BACKFILL;
    }
    if (this == BACKFILL && planSteps.contains(SWITCH)) {
      return BACKFILL_NEXT_BEFORE_SWITCH;
    }
    return next;
  }
}
