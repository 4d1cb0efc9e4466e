-- autogen revision 20261125113800, step 3 of 3 (contract)
-- Drop the sync trigger and user."Mixed Case"
--
-- Why this step is separate: Old code still writes "Mixed Case" until it is gone.
-- Before the next step: Nothing: this is the last step.
-- IRREVERSIBLE: the downgrade cannot restore dropped data
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name
--   hazard breaks_old_code: a plain rename breaks old code

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

DROP TRIGGER IF EXISTS "user_sync_Mixed Case_display_name" ON "user";

DROP FUNCTION IF EXISTS "user_sync_Mixed Case_display_name"();

ALTER TABLE "user" DROP COLUMN "Mixed Case";
