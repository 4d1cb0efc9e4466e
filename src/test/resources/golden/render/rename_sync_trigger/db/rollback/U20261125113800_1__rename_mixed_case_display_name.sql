-- autogen revision 20261125113800, undo of step 1 of 3 (expand)
-- Undoes: Add user.display_name and keep it in step with "Mixed Case"
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
