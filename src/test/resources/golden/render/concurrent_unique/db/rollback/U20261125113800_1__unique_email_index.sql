-- autogen revision 20261125113800, undo of step 1 of 2 (expand)
-- Undoes: Build unique index uk_user_email_idx concurrently
--
-- Flyway Teams: `flyway undo` runs this file and records the undo in the schema history.
-- By hand (Flyway Community, psql, mysql): undo the newest step first; run this file, then delete
-- the step's row from the schema history, so that Flyway no longer counts the step as applied and
-- the next `flyway migrate` applies it again:
--   DELETE FROM flyway_schema_history WHERE version = '20261125113800.1';
-- (the version in this file's name with _ read as .; a promoted contract file's is its new name's;
-- your own history table if you renamed it). `flyway repair` is no substitute: it removes failed
-- rows and realigns checksums, and leaves a step that succeeded recorded as applied.
-- autogen: run outside a transaction
-- Timeouts: RESET at the end of this file; if it fails part way they stay set on the connection until it closes
--
-- Changes undone:
-- - add_unique user (uk_user_email): safe — existing rows are checked while the index is built

SET lock_timeout = '5s';
-- no statement timeout: this step may legitimately run for a long time
SET statement_timeout = '0';

DROP INDEX CONCURRENTLY IF EXISTS uk_user_email_idx;

RESET lock_timeout;
RESET statement_timeout;
