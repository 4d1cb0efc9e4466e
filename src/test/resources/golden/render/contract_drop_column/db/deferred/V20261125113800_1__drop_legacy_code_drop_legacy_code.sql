-- autogen revision 20261125113800, step 1 of 1 (contract)
-- Drop column user.legacy_code
--
-- Why this step is separate: Old code still reads the column until it is redeployed.
-- Before the next step: Nothing: this is the last step.
-- IRREVERSIBLE: the downgrade cannot restore dropped data
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes:
-- - drop_column user.legacy_code: breaking — running code still selects the column
--   hazard data_loss: values of user.legacy_code are lost
--   hazard breaks_old_code: old code selecting legacy_code fails

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" DROP COLUMN legacy_code;
