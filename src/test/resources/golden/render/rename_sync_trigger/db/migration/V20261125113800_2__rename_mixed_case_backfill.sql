-- autogen revision 20261125113800, step 2 of 3 (backfill)
-- Copy "Mixed Case" into display_name for existing rows
--
-- Why this step is separate: Rows written before the trigger existed have no display_name yet.
-- Before the next step: Deploy the new code; then promote the contract step.
-- Reversible: the undo script in the rollback folder restores the schema before this step.
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name
--   hazard breaks_old_code: a plain rename breaks old code

SET LOCAL lock_timeout = '5s';
-- no statement timeout: this step may legitimately run for a long time
SET LOCAL statement_timeout = '0';

UPDATE "user" SET display_name = CAST("Mixed Case" AS varchar(100)) WHERE display_name IS NULL AND "Mixed Case" IS NOT NULL;
