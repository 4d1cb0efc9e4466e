package dev.autogen.render;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Compatibility;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.classify.Verdict;
import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.diff.ColumnRenamed;
import dev.autogen.diff.ForeignKeyAdded;
import dev.autogen.diff.IndexAdded;
import dev.autogen.diff.TableAdded;
import dev.autogen.diff.UniqueAdded;
import dev.autogen.model.*;
import dev.autogen.plan.*;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built plans for the golden tests and the round trip on a real database. Each expects the
 * schema made by {@link #BASE_SQL}.
 */
public final class SamplePlans {

  /** The schema every sample plan starts from. */
  public static final String BASE_SQL =
      """
      CREATE TABLE "user" (id bigint PRIMARY KEY, email varchar(200), legacy_code text,
        "Mixed Case" text, name text);
      INSERT INTO "user" (id, email, legacy_code, "Mixed Case", name)
        VALUES (1, 'a@example.org', 'L1', 'mc', 'Ann'), (2, 'b@example.org', NULL, NULL, 'Bob');
      """;

  private SamplePlans() {}

  static Identifier id(String name) {
    return Identifier.of(name);
  }

  static final Identifier USER = id("user");

  /** A new table with identity, default, unique, check, a foreign key and an index. */
  public static MigrationPlan newTableWithForeignKeyAndIndex() {
    Column id =
        new Column(
            id("id"),
            SqlType.of("bigint"),
            false,
            Optional.empty(),
            Optional.of(Identity.BY_DEFAULT));
    Column userId = Column.of("user_id", SqlType.of("bigint"), false);
    Column theme =
        Column.of("theme", SqlType.of("varchar", 20), false).withDefault(Optional.of("'light'"));
    Column updated = Column.of("updated_at", SqlType.of("timestamptz", 6), true);
    ForeignKey fk =
        new ForeignKey(
            id("fk_user_preferences_user"),
            List.of(id("user_id")),
            USER,
            List.of(id("id")),
            ReferentialAction.CASCADE,
            ReferentialAction.NO_ACTION);
    Index index = Index.of("idx_user_preferences_user_id", false, "user_id");
    Table table =
        new Table(
            id("user_preferences"),
            List.of(id, userId, theme, updated),
            Optional.of(
                new PrimaryKey(Optional.of(id("user_preferences_pkey")), List.of(id("id")))),
            List.of(new UniqueConstraint(id("uk_user_preferences_user"), List.of(id("user_id")))),
            List.of(),
            List.of(),
            List.of(new Check(id("ck_user_preferences_theme"), "theme in ('light', 'dark')")));
    Step step =
        new Step(
            Phase.EXPAND,
            "user_preferences",
            "Create table user_preferences with its foreign key and index",
            "A new table is invisible to the running code, so it can be created at once.",
            "Nothing: the table is unused until the new code is deployed.",
            true,
            true,
            List.of(
                new CreateTable(table),
                new AddForeignKey(table.name(), fk, false),
                new CreateIndex(table.name(), index, false)),
            List.of(new DropTable(table)),
            List.of(
                safe(new TableAdded(table), "a new table is unused by the running code"),
                safe(new ForeignKeyAdded(table.name(), fk), "the table is new and empty"),
                safe(new IndexAdded(table.name(), index), "the table is new and empty")));
    return new MigrationPlan(List.of(step));
  }

  /** A unique index built concurrently, then adopted as a constraint. */
  public static MigrationPlan concurrentUniqueIndex() {
    Index index = Index.of("uk_user_email_idx", true, "email");
    UniqueConstraint unique = new UniqueConstraint(id("uk_user_email"), List.of(id("email")));
    Assessment assessment =
        new Assessment(
            new UniqueAdded(USER, unique),
            new Verdict(Compatibility.SAFE, "existing rows are checked while the index is built"),
            Verdict.safe("the new code does not depend on it"),
            List.of(
                new Hazard(HazardCode.NON_TRANSACTIONAL, "CREATE INDEX CONCURRENTLY on \"user\""),
                new Hazard(
                    HazardCode.CONSTRAINT_MAY_FAIL, "duplicate emails make the build fail")));
    Step build =
        new Step(
            Phase.EXPAND,
            "index",
            "Build unique index uk_user_email_idx concurrently",
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction,\nso it gets a file of its own.",
            "Check that the index is valid (pg_index.indisvalid).",
            false,
            true,
            List.of(new CreateIndex(USER, index, true)),
            List.of(new DropIndex(USER, index, true)),
            List.of(assessment));
    Step adopt =
        new Step(
            Phase.EXPAND,
            "unique",
            "Add unique constraint uk_user_email using the prebuilt index",
            "Adopting a built index takes only a brief lock.",
            "Nothing.",
            true,
            true,
            List.of(new AddUnique(USER, unique, Optional.of(index.name()))),
            List.of(new DropConstraint(USER, unique.name())),
            List.of(assessment));
    return new MigrationPlan(List.of(build, adopt));
  }

  /** A contract step that drops a column: irreversible. */
  public static MigrationPlan contractDropColumn() {
    Column legacy = Column.of("legacy_code", SqlType.of("text"), true);
    Step step =
        new Step(
            Phase.CONTRACT,
            "drop legacy_code",
            "Drop column user.legacy_code",
            "Old code still reads the column until it is redeployed.",
            "Nothing: this is the last step.",
            true,
            false,
            List.of(new DropColumn(USER, legacy)),
            List.of(new AddColumn(USER, legacy)),
            List.of(
                new Assessment(
                    new ColumnDropped(USER, legacy),
                    new Verdict(Compatibility.BREAKING, "running code still selects the column"),
                    Verdict.safe("the new code does not depend on it"),
                    List.of(
                        new Hazard(HazardCode.DATA_LOSS, "values of user.legacy_code are lost"),
                        new Hazard(
                            HazardCode.BREAKS_OLD_CODE, "old code selecting legacy_code fails")))));
    return new MigrationPlan(List.of(step));
  }

  /** A column rename carried out with a sync trigger: expand, backfill, contract. */
  public static MigrationPlan renameWithSyncTrigger() {
    Column before = Column.of("Mixed Case", SqlType.of("text"), true);
    Column after = Column.of("display_name", SqlType.of("varchar", 100), true);
    Value toNew = new Value.FromColumn(before.name(), Optional.of(SqlType.of("varchar", 100)));
    Value toOld = new Value.FromColumn(after.name(), Optional.empty());
    Assessment rename =
        new Assessment(
            new ColumnRenamed(USER, before, after),
            new Verdict(
                Compatibility.BREAKING,
                "old code writes \"Mixed Case\", new code writes display_name"),
            Verdict.breaking("new code writes display_name, which the old schema lacks"),
            List.of(new Hazard(HazardCode.BREAKS_OLD_CODE, "a plain rename breaks old code")));
    Step expand =
        new Step(
            Phase.EXPAND,
            "display_name",
            "Add user.display_name and keep it in step with \"Mixed Case\"",
            "Both columns must exist while old and new code run side by side.",
            "Run the backfill.",
            true,
            true,
            List.of(
                new AddColumn(USER, after),
                new CreateSyncTrigger(USER, before, after, toNew, toOld)),
            List.of(new DropSyncTrigger(USER, before, after), new DropColumn(USER, after)),
            List.of(rename, safe(new ColumnAdded(USER, after), "a nullable column is invisible")));
    Step backfill =
        new Step(
            Phase.BACKFILL,
            "backfill",
            "Copy \"Mixed Case\" into display_name for existing rows",
            "Rows written before the trigger existed have no display_name yet.",
            "Deploy the new code; then promote the contract step.",
            true,
            true,
            List.of(new Backfill(USER, after.name(), toNew)),
            List.of(),
            List.of(rename));
    Step contract =
        new Step(
            Phase.CONTRACT,
            "drop old",
            "Drop the sync trigger and user.\"Mixed Case\"",
            "Old code still writes \"Mixed Case\" until it is gone.",
            "Nothing: this is the last step.",
            true,
            false,
            List.of(new DropSyncTrigger(USER, before, after), new DropColumn(USER, before)),
            List.of(
                new AddColumn(USER, before),
                new Backfill(USER, before.name(), toOld),
                new CreateSyncTrigger(USER, before, after, toNew, toOld)),
            List.of(rename));
    return new MigrationPlan(List.of(expand, backfill, contract));
  }

  static Assessment safe(dev.autogen.diff.Change change, String reason) {
    return new Assessment(
        change,
        Verdict.safe(reason),
        Verdict.safe("the new code does not depend on it"),
        List.of());
  }
}
