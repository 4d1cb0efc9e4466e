-- autogen revision 20261125113800, undo of step 1 of 1 (expand)
-- Undoes: Create table user_preferences with its foreign key and index
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - add_table user_preferences: safe — a new table is unused by the running code
-- - add_foreign_key user_preferences (fk_user_preferences_user): safe — the table is new and empty
-- - add_index user_preferences (idx_user_preferences_user_id): safe — the table is new and empty

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

DROP TABLE user_preferences;
