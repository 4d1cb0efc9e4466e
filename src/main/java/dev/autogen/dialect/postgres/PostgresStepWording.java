package dev.autogen.dialect.postgres;

import dev.autogen.dialect.StepText;
import dev.autogen.dialect.StepWording;

/**
 * PostgreSQL's step headers: concurrent index builds outside a transaction, constraints added NOT
 * VALID and validated apart, and the switch's brief ACCESS EXCLUSIVE lock.
 */
final class PostgresStepWording {

  private PostgresStepWording() {}

  static final StepWording WORDING =
      new StepWording(
          StepWording.EXPAND,
          // concurrent builds cannot run in a transaction; grouping them keeps the others atomic
          new StepText(
              "Build and drop indexes without blocking writes",
              "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction, so these statements have a file of their own; they do not block writes while they run.",
              "If a build fails it leaves an INVALID index; rerunning this file drops it and builds it again."),
          // validation reads every row; in its own transaction it holds a lock that lets writes go
          // on
          new StepText(
              "Validate constraints added NOT VALID",
              "The constraints were added NOT VALID (a brief lock); validating them in a separate transaction checks existing rows without blocking writes.",
              "Nothing to wait for."),
          StepWording.BACKFILL,
          new StepText(
              "Build the indexes of the filled columns without blocking writes",
              "The keys and indexes of the columns the switch swaps in are built CONCURRENTLY now that the backfill has filled them, which cannot run in a transaction; the switch then adopts them without building anything under its lock.",
              "If a build fails it leaves an INVALID index; rerunning this file drops it and builds it again."),
          new StepText(
              "Validate the NOT NULL checks of the filled columns",
              "The expand step added CHECK (col IS NOT NULL) NOT VALID on the new columns that replace NOT NULL ones; now that the backfill filled every row, validating it in its own transaction reads the rows without blocking writes, and lets the switch set NOT NULL without a scan.",
              "Nothing to wait for."),
          new StepText(
              "Switch: swap in the columns filled beside the old ones",
              "Renaming the new column into the old one's place and moving keys, indexes and generated values onto it only touches the catalog: one transaction under a brief ACCESS EXCLUSIVE lock (on the table, and on the tables whose foreign keys are moved), where ALTER COLUMN ... TYPE would rewrite the table under that lock. The new type only widens the old one, so the running old version keeps working with it.",
              "Deploy the new application version once this revision's files have run (Flyway runs them together). The old column stays, renamed and kept in step by a trigger, for the downgrade until the contract step drops it."),
          new StepText(
              "Validate the constraints the switch re-created",
              "The switch re-created the foreign keys and checks of the swapped columns NOT VALID (a brief lock); validating them in their own transaction reads every row without blocking writes.",
              "Nothing to wait for."),
          StepWording.CONTRACT,
          new StepText(
              "Contract: validate the NOT NULL checks",
              "The previous step added CHECK (col IS NOT NULL) NOT VALID under a brief lock; validating it in its own transaction reads every row without blocking writes.",
              "Nothing to wait for."),
          // with the checks validated, SET NOT NULL skips its scan and only takes a brief lock
          new StepText(
              "Contract: set NOT NULL and drop the helper checks",
              "A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its full-table scan (PostgreSQL 12+), so this step holds its lock only briefly; the check is then redundant and dropped.",
              "Nothing to wait for."),
          StepWording.EXPAND_BEFORE_BACKFILL,
          StepWording.EXPAND_BEFORE_SWITCH,
          StepWording.BACKFILL_BEFORE_SWITCH);
}
