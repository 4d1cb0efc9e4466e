-- autogen revision 20261125113800, undo of step 1 of 2 (expand)
-- Undoes: Build unique index uk_user_email_idx concurrently
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
