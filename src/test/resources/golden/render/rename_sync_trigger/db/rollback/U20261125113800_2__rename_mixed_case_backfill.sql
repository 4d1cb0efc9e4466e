-- autogen revision 20261125113800, undo of step 2 of 3 (backfill)
-- Undoes: Copy "Mixed Case" into display_name for existing rows
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name

SET LOCAL lock_timeout = '5s';
-- no statement timeout: this step may legitimately run for a long time
SET LOCAL statement_timeout = '0';

-- nothing to undo
