package dev.autogen.dialect;

/**
 * The words a dialect's migration files describe their steps in, one {@link StepText} per kind of
 * step a plan can have, so that a MariaDB file never speaks of PostgreSQL's {@code CONCURRENTLY},
 * {@code NOT VALID} or {@code ACCESS EXCLUSIVE}. Which steps a plan has is decided by the {@link
 * Capabilities}; this only says them. The steps every server has (expand, backfill, contract) are
 * told in the same words everywhere: {@link #EXPAND}, {@link #BACKFILL}, {@link #CONTRACT} and the
 * advice constants.
 *
 * @param expandBeforeBackfill the expand step's advice when the plan has a backfill
 * @param expandBeforeSwitch the expand step's advice when the plan swaps columns
 * @param backfillBeforeSwitch the backfill step's advice when a switch follows it
 */
public record StepWording(
    StepText expand,
    StepText indexes,
    StepText validate,
    StepText backfill,
    StepText backfillIndexes,
    StepText backfillValidate,
    StepText switchColumns,
    StepText switchValidate,
    StepText contract,
    StepText contractValidate,
    StepText contractNotNull,
    String expandBeforeBackfill,
    String expandBeforeSwitch,
    String backfillBeforeSwitch) {

  public static final StepText EXPAND =
      new StepText(
          "Expand: add and relax only",
          "Everything here only adds or relaxes, so the application version that is running keeps working.",
          "Deploy the new application version only after this revision's other files in the migrations folder (indexes, validation, backfill) have run too, as Flyway runs them together; the old version keeps working throughout.");

  public static final StepText BACKFILL =
      new StepText(
          "Backfill: fill new columns for existing rows",
          "Data moves after the schema exists while the old application version runs; the sync triggers keep rows written meanwhile in step.",
          "Deploy the new application version only once this file has finished (no NULLs left in the new columns; after an interruption, rerun it and it continues where it stopped): until then it would read NULL in the new columns of rows written before the expand step. The contract step waits until no instance of the old version is left.");

  /** Contract removes what the old version uses, so it waits in the deferred folder. */
  public static final StepText CONTRACT =
      new StepText(
          "Contract: remove what only the old application version used",
          "These statements break the old application version, so they must not run in the same deploy; the file waits in the deferred folder.",
          "Run `autogen promote` to move this file into the migrations folder once no instance of the old version is left.");

  /**
   * The new columns of existing rows stay NULL until the backfill finished, so deploying the new
   * version any earlier lets it read NULL where the old version sees a value (a rename's new
   * column) or where a NOT NULL is coming.
   */
  public static final String EXPAND_BEFORE_BACKFILL =
      "Do not deploy the new application version yet: the new columns stay NULL in rows written before this step until this revision's backfill file has finished. Deploy it once the backfill finished (Flyway runs the revision's indexes, validation and backfill files right after this one); the old version keeps working throughout.";

  /** The switch comes after the backfill. */
  public static final String EXPAND_BEFORE_SWITCH =
      "Do not deploy the new application version yet: the new columns are filled for the rows written before this step by this revision's backfill file, and take the old columns' places in its switch file. Deploy it once the switch file has run (Flyway runs the revision's indexes, validation, backfill and switch files right after this one); the old version keeps working throughout.";

  /** The new version needs the swapped columns, which only the switch puts in place. */
  public static final String BACKFILL_BEFORE_SWITCH =
      "Deploy the new application version only once this file and the switch file after it have run (after an interruption, rerun this file and it continues where it stopped): until the switch, the columns keep their old types. The contract step waits until no instance of the old version is left.";
}
