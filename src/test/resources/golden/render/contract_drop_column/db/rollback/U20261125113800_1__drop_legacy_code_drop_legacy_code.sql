-- autogen revision 20261125113800, undo of step 1 of 1 (contract)
-- Undoes: Drop column user.legacy_code
-- IRREVERSIBLE: the downgrade cannot restore dropped data
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - drop_column user.legacy_code: breaking — running code still selects the column

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" ADD COLUMN legacy_code text;
