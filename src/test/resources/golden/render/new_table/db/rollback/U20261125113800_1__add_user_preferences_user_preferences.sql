-- autogen revision 20261125113800, undo of step 1 of 1 (expand)
-- Undoes: Create table user_preferences with its foreign key and index
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
-- - add_table user_preferences: safe — a new table is unused by the running code
-- - add_foreign_key user_preferences (fk_user_preferences_user): safe — the table is new and empty
-- - add_index user_preferences (idx_user_preferences_user_id): safe — the table is new and empty

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

DROP TABLE user_preferences;
