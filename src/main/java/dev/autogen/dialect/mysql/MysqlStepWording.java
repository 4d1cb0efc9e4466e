package dev.autogen.dialect.mysql;

import dev.autogen.dialect.StepText;
import dev.autogen.dialect.StepWording;

/**
 * MySQL's and MariaDB's step headers. Their DDL commits statement by statement and cannot add a
 * constraint unvalidated, so the steps PostgreSQL gives its concurrent builds and NOT VALID
 * validations are told here as what these servers do instead: online ALTER TABLE
 * (ALGORITHM=INPLACE, LOCK=NONE), whose exclusive metadata lock is brief but waits for open
 * transactions.
 */
final class MysqlStepWording {

  private MysqlStepWording() {}

  private static final String RERUN =
      "Every statement commits on its own; after a failure, rerun this file: each statement is a no-op once done.";

  static final StepWording WORDING =
      new StepWording(
          StepWording.EXPAND,
          new StepText(
              "Build and drop indexes without blocking writes",
              "The indexes are built in place (ALGORITHM=INPLACE, LOCK=NONE) in a file of their own: writes go on while they are built, and the exclusive metadata lock at the start and the end is brief.",
              RERUN),
          new StepText(
              "Check the constraints' rows",
              "MySQL and MariaDB check every row when a constraint is added; the pre-flight queries of this file fail first, naming the table and the count, when a row would not pass.",
              RERUN),
          StepWording.BACKFILL,
          new StepText(
              "Build the indexes of the filled columns without blocking writes",
              "The keys and indexes of the columns the switch swaps in are built in place (ALGORITHM=INPLACE, LOCK=NONE) now that the backfill has filled them, so the switch has nothing to build.",
              RERUN),
          new StepText(
              "Check the filled columns for NULLs",
              "The backfill filled every row; the pre-flight query of this file fails first, naming the table and the count, when a NULL is left where the switch sets NOT NULL.",
              RERUN),
          new StepText(
              "Switch: swap in the columns filled beside the old ones",
              "Renaming the new column into the old one's place and moving keys, indexes and generated values onto it only changes the table's definition: each statement takes the table's exclusive metadata lock briefly (and that of the tables whose foreign keys are moved), where MODIFY COLUMN would copy the table. The new type only widens the old one, so the running old version keeps working with it.",
              "Deploy the new application version once this revision's files have run (Flyway runs them together). The old column stays, renamed and kept in step by a trigger, for the downgrade until the contract step drops it."),
          new StepText(
              "Check the constraints the switch re-created",
              "The switch re-created the foreign keys and checks of the swapped columns; the pre-flight queries of this file fail first, naming the table and the count, when a row would not pass.",
              RERUN),
          StepWording.CONTRACT,
          new StepText(
              "Contract: check the columns for NULLs",
              "The pre-flight query of this file fails first, naming the table and the count, when a NULL is left where the next file sets NOT NULL.",
              RERUN),
          new StepText(
              "Contract: set NOT NULL",
              "MODIFY ... NOT NULL rebuilds the table in place (ALGORITHM=INPLACE, LOCK=NONE), reading every row while writes go on; its exclusive metadata lock at the start and the end is brief.",
              RERUN),
          StepWording.EXPAND_BEFORE_BACKFILL,
          StepWording.EXPAND_BEFORE_SWITCH,
          StepWording.BACKFILL_BEFORE_SWITCH);
}
