package dev.autogen.render;

import static dev.autogen.render.SamplePlans.id;

import dev.autogen.model.*;
import dev.autogen.plan.*;
import java.util.List;
import java.util.Optional;

/**
 * At least one operation of every kind, each with the SQL that prepares a database for it (on top
 * of {@link #BASE_SQL}), so that a test can prove every template yields valid SQL.
 */
public final class OperationSamples {

  /** Tables every sample may use; {@code user} and {@code Mixed Case} need quoting. */
  public static final String BASE_SQL =
      """
      CREATE TABLE "user" (id bigint PRIMARY KEY, email varchar(200), name text, legacy integer,
        score integer, "Mixed Case" text, mixed_new text);
      CREATE TABLE account (id bigint PRIMARY KEY, owner_id bigint);
      """;

  /** One case: {@code setupSql} and {@code setupOps} run first, then {@code op} is rendered. */
  public record Sample(String name, String setupSql, List<Operation> setupOps, Operation op) {
    @Override
    public String toString() {
      return name;
    }
  }

  private OperationSamples() {}

  private static final Identifier USER = id("user");
  private static final Identifier ACCOUNT = id("account");

  private static Sample sample(String name, String setup, Operation op) {
    return new Sample(name, setup, List.of(), op);
  }

  private static final Column MIXED = Column.of("Mixed Case", SqlType.of("text"), true);
  private static final Column MIXED_NEW = Column.of("mixed_new", SqlType.of("text"), true);

  public static List<Sample> all() {
    Table created =
        new Table(
            id("Order Line"),
            List.of(
                new Column(
                    id("id"),
                    SqlType.of("bigint"),
                    false,
                    Optional.empty(),
                    Optional.of(Identity.BY_DEFAULT)),
                Column.of("qty", SqlType.of("integer"), false).withDefault(Optional.of("1")),
                Column.of("Note", SqlType.of("varchar", 40), true),
                new Column(
                    id("seq"),
                    SqlType.of("integer"),
                    false,
                    Optional.empty(),
                    Optional.of(Identity.ALWAYS))),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(id("id")))),
            List.of(new UniqueConstraint(id("order_line_note_key"), List.of(id("Note")))),
            List.of(),
            List.of(),
            List.of(new Check(id("order_line_qty_check"), "qty > 0")));
    Table account =
        new Table(
            ACCOUNT,
            List.of(Column.of("id", SqlType.of("bigint"), false)),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Index emailIndex = Index.of("user_email_idx", true, "email");
    Index nameIndex = Index.of("user_name_idx", false, "name", "Mixed Case");
    Sequence seq = new Sequence(id("order_seq"), 1, 50);
    ForeignKey fk =
        new ForeignKey(
            id("account_owner_fk"),
            List.of(id("owner_id")),
            USER,
            List.of(id("id")),
            ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL);
    return List.of(
        sample("create_table", "", new CreateTable(created)),
        sample("drop_table", "", new DropTable(account)),
        sample("rename_table", "", new RenameTable(ACCOUNT, id("Account V2"))),
        sample(
            "create_compatibility_view",
            "ALTER TABLE account RENAME TO account_new;",
            new CreateCompatibilityView(ACCOUNT, id("account_new"))),
        sample("drop_view", "CREATE VIEW \"select\" AS SELECT 1 AS x;", new DropView(id("select"))),
        sample(
            "add_column",
            "",
            new AddColumn(
                USER,
                Column.of("Added Col", SqlType.of("timestamptz", 3), false)
                    .withDefault(Optional.of("current_timestamp")))),
        sample("drop_column", "", new DropColumn(USER, MIXED)),
        sample(
            "alter_column_type",
            "",
            new AlterColumnType(
                USER,
                Column.of("legacy", SqlType.of("integer"), true),
                SqlType.of("bigint"),
                new Value.FromColumn(id("legacy"), Optional.of(SqlType.of("bigint"))))),
        sample(
            "online_schema_change",
            "",
            new OnlineSchemaChange(
                USER,
                new AlterColumnType(
                    USER,
                    Column.of("legacy", SqlType.of("integer"), true),
                    SqlType.of("bigint"),
                    new Value.FromColumn(id("legacy"), Optional.of(SqlType.of("bigint")))),
                250_000,
                "h=db.example,D=app,t=user")),
        sample("set_not_null", "", new SetNotNull(USER, id("email"))),
        sample(
            "drop_not_null",
            "ALTER TABLE \"user\" ALTER email SET NOT NULL;",
            new DropNotNull(USER, id("email"))),
        sample("set_default", "", new SetDefault(USER, id("Mixed Case"), "'n/a'")),
        sample(
            "drop_default",
            "ALTER TABLE \"user\" ALTER name SET DEFAULT 'x';",
            new DropDefault(USER, id("name"))),
        sample("add_identity", "", new AddIdentity(ACCOUNT, id("id"), Identity.BY_DEFAULT)),
        sample(
            "drop_identity",
            "ALTER TABLE account ALTER id ADD GENERATED ALWAYS AS IDENTITY;",
            new DropIdentity(ACCOUNT, id("id"))),
        sample("create_index", "", new CreateIndex(USER, nameIndex, false)),
        sample("create_index concurrently", "", new CreateIndex(USER, emailIndex, true)),
        sample(
            "create_index opaque",
            "",
            new CreateIndex(
                USER,
                new Index(
                    id("user_lower_email_idx"),
                    List.of(),
                    false,
                    Optional.of("CREATE INDEX user_lower_email_idx ON \"user\" (lower(email))")),
                false)),
        sample(
            "drop_index",
            "CREATE INDEX user_name_idx ON \"user\" (name, \"Mixed Case\");",
            new DropIndex(USER, nameIndex, false)),
        sample(
            "drop_index concurrently",
            "CREATE UNIQUE INDEX user_email_idx ON \"user\" (email);",
            new DropIndex(USER, emailIndex, true)),
        sample(
            "add_unique",
            "",
            new AddUnique(
                USER,
                new UniqueConstraint(id("user_name_key"), List.of(id("name"), id("Mixed Case"))),
                Optional.empty())),
        sample(
            "add_unique using index",
            "CREATE UNIQUE INDEX user_email_idx ON \"user\" (email);",
            new AddUnique(
                USER,
                new UniqueConstraint(id("user_email_key"), List.of(id("email"))),
                Optional.of(id("user_email_idx")))),
        sample(
            "add_primary_key",
            "CREATE TABLE nopk (a integer NOT NULL);",
            new AddPrimaryKey(
                id("nopk"), new PrimaryKey(Optional.of(id("nopk_pk")), List.of(id("a"))))),
        sample(
            "add_primary_key unnamed",
            "CREATE TABLE nopk (a integer NOT NULL);",
            new AddPrimaryKey(id("nopk"), new PrimaryKey(Optional.empty(), List.of(id("a"))))),
        sample(
            "add_primary_key using index",
            "CREATE TABLE nopk (a integer NOT NULL); CREATE UNIQUE INDEX \"Nopk Idx\" ON nopk (a);",
            new AddPrimaryKey(
                id("nopk"),
                new PrimaryKey(Optional.of(id("nopk_pk")), List.of(id("a"))),
                Optional.of(id("Nopk Idx")))),
        sample(
            "add_primary_key replacing",
            "CREATE TABLE twokeys (a integer NOT NULL, b integer NOT NULL,"
                + " CONSTRAINT twokeys_pk PRIMARY KEY (a));",
            AddPrimaryKey.replacing(
                id("twokeys"),
                new PrimaryKey(Optional.of(id("twokeys_pk_b")), List.of(id("b"))),
                id("twokeys_pk"))),
        sample("rename_column", "", new RenameColumn(USER, id("Mixed Case"), id("Mixed Old"))),
        sample(
            "rename_index",
            "CREATE INDEX \"User Name\" ON \"user\" (name);",
            new RenameIndex(USER, id("User Name"), id("user_name_idx"))),
        sample("add_foreign_key", "", new AddForeignKey(ACCOUNT, fk, true)),
        sample(
            "add_check",
            "",
            new AddCheck(USER, new Check(id("user_score_check"), "score >= 0"), true)),
        sample(
            "validate_constraint",
            "ALTER TABLE \"user\" ADD CONSTRAINT c CHECK (score >= 0) NOT VALID;",
            new ValidateConstraint(USER, id("c"))),
        sample(
            "drop_constraint",
            "ALTER TABLE \"user\" ADD CONSTRAINT \"Check\" CHECK (score >= 0);",
            new DropConstraint(USER, id("Check"))),
        sample("create_sequence", "", new CreateSequence(seq)),
        sample(
            "create_sequence_past_max",
            "",
            new CreateSequence(
                new Sequence(id("Account Seq"), 1, 50),
                Optional.of(new CreateSequence.ColumnRef(ACCOUNT, id("id"))))),
        sample(
            "advance_sequence",
            "CREATE SEQUENCE \"Account Seq\" INCREMENT BY 50;",
            new AdvanceSequence(new Sequence(id("Account Seq"), 1, 50), ACCOUNT, id("id"))),
        sample(
            "set_sequence_default",
            "CREATE SEQUENCE \"Account Seq\";",
            new SetSequenceDefault(ACCOUNT, id("id"), id("Account Seq"))),
        sample("drop_sequence", "CREATE SEQUENCE order_seq;", new DropSequence(seq)),
        sample(
            "backfill",
            "",
            new Backfill(
                USER, id("mixed_new"), new Value.FromColumn(id("Mixed Case"), Optional.empty()))),
        sample(
            "backfill expression",
            "",
            new Backfill(USER, id("score"), new Value.Expression("length(name)"))),
        sample(
            "convert_values",
            "",
            new ConvertValues(
                USER, new Value.EnumMapping(id("name"), List.of("NEW", "PAID"), true))),
        sample(
            "create_sync_trigger",
            "",
            new CreateSyncTrigger(
                USER,
                MIXED,
                MIXED_NEW,
                new Value.FromColumn(MIXED.name(), Optional.empty()),
                new Value.FromColumn(MIXED_NEW.name(), Optional.empty()))),
        sample(
            "create_sync_trigger filling unset rows",
            "",
            new CreateSyncTrigger(
                USER,
                Column.of("score", SqlType.of("integer"), true),
                Column.of("legacy", SqlType.of("bigint"), true),
                new Value.FromColumn(id("score"), Optional.of(SqlType.of("bigint"))),
                new Value.CastIfFits(
                    id("legacy"),
                    SqlType.of("integer"),
                    new Misfit.OutOfRange(
                        java.math.BigInteger.valueOf(Integer.MIN_VALUE),
                        java.math.BigInteger.valueOf(Integer.MAX_VALUE))),
                true)),
        new Sample(
            "drop_sync_trigger",
            "",
            List.of(
                new CreateSyncTrigger(
                    USER,
                    MIXED,
                    MIXED_NEW,
                    new Value.FromColumn(MIXED.name(), Optional.empty()),
                    new Value.FromColumn(MIXED_NEW.name(), Optional.empty()))),
            new DropSyncTrigger(USER, MIXED, MIXED_NEW)),
        sample(
            "batched_backfill",
            "INSERT INTO \"user\" (id, \"Mixed Case\") SELECT g, 'v' || g FROM generate_series(1, 25) g;",
            new BatchedBackfill(
                USER,
                id("mixed_new"),
                new Value.FromColumn(id("Mixed Case"), Optional.empty()),
                new BatchWalk(id("id"), SqlType.of("bigint"), 10, 1))),
        sample(
            "batched_convert_values",
            "INSERT INTO \"user\" (id, name) SELECT g, (g % 2)::text FROM generate_series(1, 25) g;",
            new BatchedConvertValues(
                USER,
                new Value.EnumMapping(id("name"), List.of("NEW", "PAID"), true),
                new BatchWalk(id("id"), SqlType.of("bigint"), 10, 1))),
        sample("check_no_nulls", "", new Precheck(USER, new Precheck.NoNulls(id("Mixed Case")))),
        sample(
            "check_no_duplicates",
            "",
            new Precheck(USER, new Precheck.NoDuplicates(List.of(id("email"), id("name"))))),
        sample(
            "check_no_orphans",
            "",
            new Precheck(
                ACCOUNT,
                new Precheck.NoOrphans(
                    new ForeignKey(
                        id("fk_owner"),
                        List.of(id("owner_id")),
                        USER,
                        List.of(id("id")),
                        ReferentialAction.NO_ACTION,
                        ReferentialAction.NO_ACTION)))),
        sample("check_empty", "", new Precheck(ACCOUNT, new Precheck.Empty())),
        sample(
            "check_no_dependent_views",
            "",
            new Precheck(USER, new Precheck.NoDependentViews(id("Mixed Case")))),
        sample(
            "check_values_fit",
            "",
            new Precheck(
                USER,
                new Precheck.ValuesFit(
                    id("email"), SqlType.of("varchar", 20), new Misfit.TooLong(20)))));
  }
}
