-- autogen revision 20261125113800, undo of step 3 of 3 (contract)
-- Undoes: Drop the sync trigger and user."Mixed Case"
--
-- Flyway Teams: `flyway undo` runs this file and records the undo in the schema history.
-- By hand (Flyway Community, psql, mysql): undo the newest step first; run this file, then delete
-- the step's row from the schema history, so that Flyway no longer counts the step as applied and
-- the next `flyway migrate` applies it again:
--   DELETE FROM flyway_schema_history WHERE version = '20261125113800.3';
-- (the version in this file's name with _ read as .; a promoted contract file's is its new name's;
-- your own history table if you renamed it). `flyway repair` is no substitute: it removes failed
-- rows and realigns checksums, and leaves a step that succeeded recorded as applied.
-- IRREVERSIBLE: the downgrade cannot restore dropped data
-- Timeouts: SET LOCAL, they end with this file's transaction (by hand: psql --single-transaction)
--
-- Changes undone:
-- - rename_column user.display_name: breaking — old code writes "Mixed Case", new code writes display_name

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '60s';

ALTER TABLE "user" ADD COLUMN "Mixed Case" text;

UPDATE "user" SET "Mixed Case" = display_name WHERE "Mixed Case" IS NULL AND display_name IS NOT NULL;

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
