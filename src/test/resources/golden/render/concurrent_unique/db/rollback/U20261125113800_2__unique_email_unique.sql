-- autogen revision 20261125113800, undo of step 2 of 2 (expand)
-- Undoes: Add unique constraint uk_user_email using the prebuilt index
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - add_unique user (uk_user_email): safe — existing rows are checked while the index is built

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" DROP CONSTRAINT uk_user_email;
