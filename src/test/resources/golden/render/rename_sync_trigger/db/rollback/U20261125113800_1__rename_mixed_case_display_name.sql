-- autogen revision 20261125113800, undo of step 1 of 3 (expand)
-- Undoes: Add user.display_name and keep it in step with "Mixed Case"
--
-- Flyway Teams: `flyway undo` runs this file and records the undo in the schema history.
-- By hand (Flyway Community, psql, mysql): undo the newest step first; run this file, then delete
-- the step's row from the schema history, so that Flyway no longer counts the step as applied and
-- the next `flyway migrate` applies it again:
--   DELETE FROM flyway_schema_history WHERE version = '20261125113800.1';
-- (the version in this file's name with _ read as .; a promoted contract file's is its new name's;
-- your own history table if you renamed it). `flyway repair` is no substitute: it removes failed
-- rows and realigns checksums, and leaves a step that succeeded recorded as applied.
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name
-- - add_column user.display_name: safe — a nullable column is invisible

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

DROP TRIGGER IF EXISTS "user_sync_Mixed Case_display_name" ON "user";

DROP FUNCTION IF EXISTS "user_sync_Mixed Case_display_name"();

ALTER TABLE "user" DROP COLUMN display_name;
