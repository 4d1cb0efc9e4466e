-- autogen revision 20261125113800, step 1 of 2 (expand)
-- Build unique index uk_user_email_idx concurrently
--
-- Why this step is separate: CREATE INDEX CONCURRENTLY cannot run inside a transaction,
-- so it gets a file of its own.
-- Before the next step: Check that the index is valid (pg_index.indisvalid).
-- Reversible: the undo script in the rollback folder restores the schema before this step.
-- autogen: run outside a transaction (executeInTransaction=false in the .conf file beside this one)
-- Timeouts: RESET at the end of this file; if it fails part way they stay set on the connection until it closes
--
-- Changes:
-- - add_unique user (uk_user_email): safe — existing rows are checked while the index is built
--   hazard non_transactional: CREATE INDEX CONCURRENTLY on "user"
--   hazard constraint_may_fail: duplicate emails make the build fail

SET lock_timeout = '5s';
-- no statement timeout: this step may legitimately run for a long time
SET statement_timeout = '0';

DROP INDEX CONCURRENTLY IF EXISTS uk_user_email_idx;

CREATE UNIQUE INDEX CONCURRENTLY uk_user_email_idx ON "user" (email);

RESET lock_timeout;
RESET statement_timeout;
