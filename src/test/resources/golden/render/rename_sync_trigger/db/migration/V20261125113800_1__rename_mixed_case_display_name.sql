-- autogen revision 20261125113800, step 1 of 3 (expand)
-- Add user.display_name and keep it in step with "Mixed Case"
--
-- Why this step is separate: Both columns must exist while old and new code run side by side.
-- Before the next step: Run the backfill.
-- Reversible: the undo script in the rollback folder restores the schema before this step.
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name
--   hazard breaks_old_code: a plain rename breaks old code
-- - add_column user.display_name: safe — a nullable column is invisible

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" ADD COLUMN display_name varchar(100);

CREATE OR REPLACE FUNCTION "user_sync_Mixed Case_display_name"() RETURNS trigger
LANGUAGE plpgsql AS $autogen$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.display_name IS NULL THEN
      NEW.display_name := CAST(NEW."Mixed Case" AS varchar(100));
    ELSIF NEW."Mixed Case" IS NULL THEN
      NEW."Mixed Case" := NEW.display_name;
    END IF;
  ELSIF NEW."Mixed Case" IS DISTINCT FROM OLD."Mixed Case" THEN
    NEW.display_name := CAST(NEW."Mixed Case" AS varchar(100));
  ELSIF NEW.display_name IS DISTINCT FROM OLD.display_name THEN
    NEW."Mixed Case" := NEW.display_name;
  END IF;
  RETURN NEW;
END
$autogen$;

CREATE TRIGGER "user_sync_Mixed Case_display_name" BEFORE INSERT OR UPDATE ON "user" FOR EACH ROW EXECUTE FUNCTION "user_sync_Mixed Case_display_name"();
