-- autogen revision 20261125113800, undo of step 2 of 3 (backfill)
-- Undoes: Copy "Mixed Case" into display_name for existing rows
--
-- Flyway Teams: `flyway undo` runs this file and records the undo in the schema history.
-- By hand (Flyway Community, psql, mysql): undo the newest step first; run this file, then delete
-- the step's row from the schema history, so that Flyway no longer counts the step as applied and
-- the next `flyway migrate` applies it again:
--   DELETE FROM flyway_schema_history WHERE version = '20261125113800.2';
-- (the version in this file's name with _ read as .; a promoted contract file's is its new name's;
-- your own history table if you renamed it). `flyway repair` is no substitute: it removes failed
-- rows and realigns checksums, and leaves a step that succeeded recorded as applied.
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name

SET LOCAL lock_timeout = '5s';
-- no statement timeout: this step may legitimately run for a long time
SET LOCAL statement_timeout = '0';

-- nothing to undo
