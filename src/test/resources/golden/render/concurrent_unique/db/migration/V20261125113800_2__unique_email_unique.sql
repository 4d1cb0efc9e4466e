-- autogen revision 20261125113800, step 2 of 2 (expand)
-- Add unique constraint uk_user_email using the prebuilt index
--
-- Why this step is separate: Adopting a built index takes only a brief lock.
-- Before the next step: Nothing.
-- Reversible: the undo script in the rollback folder restores the schema before this step.
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes:
-- - add_unique user (uk_user_email): safe — existing rows are checked while the index is built
--   hazard non_transactional: CREATE INDEX CONCURRENTLY on "user"
--   hazard constraint_may_fail: duplicate emails make the build fail

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" ADD CONSTRAINT uk_user_email UNIQUE USING INDEX uk_user_email_idx;
