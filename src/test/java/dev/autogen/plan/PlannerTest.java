package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final Dialect PG = PostgresDialect.create();
  private static final SqlType VARCHAR = SqlType.of("varchar", 255);

  private static Schema users(Column... columns) {
    List<Column> all =
        new java.util.ArrayList<>(List.of(Column.of("id", SqlType.of("bigint"), false)));
    all.addAll(List.of(columns));
    return new Schema(
        List.of(
            new Table(
                Identifier.of("users"),
                all,
                Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        List.of());
  }

  private static MigrationPlan plan(
      Schema current, Schema desired, List<RenameHint> hints, PlanOptions options)
      throws PlanningException {
    ChangeSet set = new Differ().diff(current, desired, hints);
    return new Planner(PG, options)
        .plan(new Classifier(PG, List.of()).classify(set), current, desired);
  }

  private static List<String> steps(MigrationPlan plan) {
    return plan.steps().stream()
        .map(s -> s.phase().word() + (s.slug().isEmpty() ? "" : ":" + s.slug()))
        .toList();
  }

  private static List<String> ops(Step step) {
    return step.upgrade().stream().map(Operation::kind).toList();
  }

  @Test
  void notNullColumnWithoutDefaultNeedsABackfillValue() {
    Schema desired = users(Column.of("tier", SqlType.of("varchar", 20), false));
    assertThatThrownBy(() -> plan(users(), desired, List.of(), PlanOptions.none()))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("users.tier")
        .hasMessageContaining("--backfill users.tier=");
  }

  @Test
  void theBackfillExampleIsATextLiteralOnlyForACharacterColumn() {
    Schema desired = users(Column.of("active", SqlType.of("boolean"), false));
    assertThatThrownBy(() -> plan(users(), desired, List.of(), PlanOptions.none()))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("(a value of type boolean, such as a constant or an expression")
        .hasMessageNotContaining("'basic'");
    Schema text = users(Column.of("tier", SqlType.of("varchar", 20), false));
    assertThatThrownBy(() -> plan(users(), text, List.of(), PlanOptions.none()))
        .hasMessageContaining("(e.g. --backfill users.tier=\"'basic'\")");
  }

  @Test
  void notNullColumnIsAddedNullableBackfilledAndTightenedInTheContractStep() throws Exception {
    Schema desired = users(Column.of("tier", SqlType.of("varchar", 20), false));
    MigrationPlan plan =
        plan(users(), desired, List.of(), new PlanOptions(Map.of("users.tier", "'basic'")));
    assertThat(steps(plan))
        .containsExactly(
            "expand",
            "backfill:backfill",
            "contract:contract",
            "contract:contract_validate",
            "contract:contract_not_null");
    AddColumn add = (AddColumn) plan.steps().get(0).upgrade().get(0);
    assertThat(add.column().nullable()).isTrue();
    assertThat(ops(plan.steps().get(1))).containsExactly("batched_backfill");
    assertThat(plan.steps().get(1).transactional()).isFalse();
    assertThat(ops(plan.steps().get(2))).containsExactly("backfill", "check_no_nulls", "add_check");
    AddCheck check = (AddCheck) plan.steps().get(2).upgrade().get(2);
    assertThat(check.notValid()).isTrue();
    assertThat(check.check().expression()).isEqualTo("tier IS NOT NULL");
    assertThat(ops(plan.steps().get(3))).containsExactly("validate_constraint");
    assertThat(ops(plan.steps().get(4))).containsExactly("set_not_null", "drop_constraint");
    assertThat(plan.steps()).allMatch(Step::reversible);
  }

  @Test
  void droppedColumnIsRelaxedFirstAndDroppedLaterWithoutWayBack() throws Exception {
    MigrationPlan plan =
        plan(users(Column.of("legacy", VARCHAR, false)), users(), List.of(), PlanOptions.none());
    assertThat(steps(plan)).containsExactly("expand", "contract:contract");
    assertThat(ops(plan.steps().get(0))).containsExactly("drop_not_null");
    assertThat(ops(plan.steps().get(1))).containsExactly("drop_column");
    assertThat(plan.steps().get(1).reversible()).isFalse();
    assertThat(plan.steps().get(1).downgrade())
        .extracting(Operation::kind)
        .containsExactly("add_column");
  }

  /**
   * Once the new version runs it inserts rows without the dropped column (or with NULL in a column
   * it relaxed): the expand step's undo would fail half way on them ("Data truncated" on MariaDB, a
   * NOT NULL violation on PostgreSQL), so it counts them first and stops naming them.
   */
  @Test
  void relaxingUndoChecksForNullsTheNewVersionWroteFirst() throws Exception {
    Precheck check =
        new Precheck(Identifier.of("users"), new Precheck.NoNulls(Identifier.of("legacy")));
    MigrationPlan dropped =
        plan(users(Column.of("legacy", VARCHAR, false)), users(), List.of(), PlanOptions.none());
    assertThat(dropped.steps().get(0).downgrade()).hasSize(2).first().isEqualTo(check);
    assertThat(dropped.steps().get(0).downgrade().get(1)).isInstanceOf(SetNotNull.class);

    MigrationPlan relaxed =
        plan(
            users(Column.of("legacy", VARCHAR, false)),
            users(Column.of("legacy", VARCHAR, true)),
            List.of(),
            PlanOptions.none());
    assertThat(relaxed.steps().get(0).downgrade()).hasSize(2).first().isEqualTo(check);
  }

  @Test
  void renameKeepsBothColumnsInStepUntilTheContract() throws Exception {
    Schema current = users(Column.of("username", VARCHAR, false));
    Schema desired = users(Column.of("display_name", VARCHAR, false));
    MigrationPlan plan =
        plan(
            current,
            desired,
            List.of(
                RenameHint.column(
                    Identifier.of("users"),
                    Identifier.of("username"),
                    Identifier.of("display_name"))),
            PlanOptions.none());
    assertThat(steps(plan))
        .containsExactly(
            "expand",
            "backfill:backfill",
            "contract:contract",
            "contract:contract_validate",
            "contract:contract_not_null");
    assertThat(ops(plan.steps().get(0))).containsExactly("add_column", "create_sync_trigger");
    assertThat(ops(plan.steps().get(2)))
        .containsExactly("check_no_nulls", "add_check", "drop_sync_trigger", "drop_column");
    assertThat(plan.steps().get(2).reversible()).isTrue();
    assertThat(plan.steps().get(2).downgrade())
        .extracting(Operation::kind)
        .containsExactly(
            "check_no_nulls",
            "add_column",
            "backfill",
            "set_not_null",
            "create_sync_trigger",
            "drop_constraint");
  }

  @Test
  void uniqueIndexOnAnExistingTableIsBuiltConcurrentlyInItsOwnFile() throws Exception {
    Column email = Column.of("email", VARCHAR, true);
    Schema current = users(email);
    Table t = current.tables().get(0);
    Schema desired =
        new Schema(
            List.of(
                new Table(
                    t.name(),
                    t.columns(),
                    t.primaryKey(),
                    List.of(),
                    List.of(Index.of("users_email_idx", true, "email")),
                    List.of(),
                    List.of())),
            List.of());
    MigrationPlan plan = plan(current, desired, List.of(), PlanOptions.none());
    assertThat(steps(plan)).containsExactly("expand:indexes");
    Step step = plan.steps().get(0);
    assertThat(step.transactional()).isFalse();
    assertThat(ops(step)).containsExactly("check_no_duplicates", "create_index");
    assertThat(((CreateIndex) step.upgrade().get(1)).concurrently()).isTrue();
  }

  @Test
  void narrowingIsRefusedWithTheQueryThatFindsTheRows() {
    Schema current = users(Column.of("name", VARCHAR, true));
    Schema desired = users(Column.of("name", SqlType.of("varchar", 100), true));
    assertThatThrownBy(() -> plan(current, desired, List.of(), PlanOptions.none()))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("users.name narrows from varchar(255) to varchar(100)")
        .hasMessageContaining("SELECT * FROM users WHERE char_length(name) > 100")
        .hasMessageContaining("--allow-narrowing");
  }

  @Test
  void allowedNarrowingIsCheckedFirstAndConvertedWithoutAnExplicitCast() throws Exception {
    Schema current = users(Column.of("name", VARCHAR, true));
    Schema desired = users(Column.of("name", SqlType.of("varchar", 100), true));
    MigrationPlan plan =
        plan(current, desired, List.of(), PlanOptions.none().withAllowNarrowing(true));
    assertThat(ops(plan.steps().get(0))).containsExactly("check_values_fit", "alter_column_type");
    AlterColumnType alter = (AlterColumnType) plan.steps().get(0).upgrade().get(1);
    // an explicit CAST to varchar(100) would cut longer values instead of failing
    assertThat(alter.using())
        .isEqualTo(new Value.FromColumn(Identifier.of("name"), Optional.empty()));
  }

  @Test
  void droppingATableReportedEmptyIsGuardedByAnEmptinessCheck() throws Exception {
    Schema current =
        new Schema(
            List.of(
                users().tables().get(0),
                new Table(
                    Identifier.of("old_log"),
                    List.of(Column.of("id", SqlType.of("bigint"), false)),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of());
    MigrationPlan guarded =
        plan(
            current,
            users(),
            List.of(),
            PlanOptions.none().withEmptyTables(java.util.Set.of(Identifier.of("old_log"))));
    assertThat(ops(guarded.steps().get(0))).containsExactly("check_empty", "drop_table");
    MigrationPlan plain = plan(current, users(), List.of(), PlanOptions.none());
    assertThat(ops(plain.steps().get(0))).containsExactly("drop_table");
  }

  @Test
  void beforePostgres12NotNullIsOnePlainStepAndBackfillsBeforePostgres11AreOneStatement()
      throws Exception {
    Dialect pg10 = PostgresDialect.create(new dev.autogen.dialect.ServerVersion(10, 0));
    Schema desired = users(Column.of("tier", SqlType.of("varchar", 20), false));
    ChangeSet set = new Differ().diff(users(), desired, List.of());
    MigrationPlan plan =
        new Planner(pg10, new PlanOptions(Map.of("users.tier", "'basic'")))
            .plan(new Classifier(pg10, List.of()).classify(set), users(), desired);
    assertThat(steps(plan)).containsExactly("expand", "backfill:backfill", "contract:contract");
    assertThat(ops(plan.steps().get(1))).containsExactly("backfill");
    assertThat(plan.steps().get(1).transactional()).isTrue();
    assertThat(ops(plan.steps().get(2)))
        .containsExactly("backfill", "check_no_nulls", "set_not_null");
  }

  @Test
  void columnDefaultFillsExistingNullsWhenNoBackfillIsGiven() throws Exception {
    Column before = Column.of("tier", VARCHAR, true);
    Column after = before.withNullable(false).withDefault(Optional.of("'basic'"));
    MigrationPlan plan = plan(users(before), users(after), List.of(), PlanOptions.none());
    Step contract =
        plan.steps().stream().filter(s -> s.slug().equals("contract")).findFirst().orElseThrow();
    assertThat(ops(contract)).startsWith("backfill", "check_no_nulls");
    assertThat(((Backfill) contract.upgrade().get(0)).value())
        .isEqualTo(new Value.Expression("'basic'"));
    // an explicit --backfill wins over the mapping's default
    MigrationPlan given =
        plan(
            users(before),
            users(after),
            List.of(),
            new PlanOptions(Map.of("users.tier", "'gold'")));
    Step first =
        given.steps().stream().filter(s -> s.slug().equals("contract")).findFirst().orElseThrow();
    assertThat(((Backfill) first.upgrade().get(0)).value())
        .isEqualTo(new Value.Expression("'gold'"));
  }

  @Test
  void expandStepHoldsTheNewVersionBackUntilTheBackfillFinished() throws Exception {
    Schema desired = users(Column.of("tier", SqlType.of("varchar", 20), false));
    MigrationPlan withBackfill =
        plan(users(), desired, List.of(), new PlanOptions(Map.of("users.tier", "'basic'")));
    assertThat(withBackfill.steps().get(0).next())
        .startsWith("Do not deploy the new application version yet")
        .contains("backfill file has finished");
    assertThat(withBackfill.steps().get(1).next())
        .startsWith("Deploy the new application version only once this file has finished");
    MigrationPlan without =
        plan(users(), users(Column.of("note", VARCHAR, true)), List.of(), PlanOptions.none());
    assertThat(without.steps().get(0).next()).doesNotContain("Do not deploy");
  }

  @Test
  void enumSwitchingFromOrdinalToNameConvertsThroughItsConstants() throws Exception {
    List<String> status = List.of("NEW", "PAID");
    Column ordinal = Column.of("status", SqlType.of("smallint"), true);
    Column named = Column.of("status_name", VARCHAR, true);
    MigrationPlan plan =
        plan(
            users(ordinal),
            users(named),
            List.of(
                RenameHint.column(
                    Identifier.of("users"), Identifier.of("status"), Identifier.of("status_name"))),
            PlanOptions.none()
                .withEncodings(
                    List.of(
                        ColumnEncoding.enumConstants(
                            Identifier.of("users"), Identifier.of("status_name"), status))));
    CreateSyncTrigger sync =
        (CreateSyncTrigger)
            plan.steps().get(0).upgrade().stream()
                .filter(o -> o instanceof CreateSyncTrigger)
                .findFirst()
                .orElseThrow();
    assertThat(sync.toNew())
        .isEqualTo(new Value.EnumMapping(Identifier.of("status"), status, true));
    assertThat(sync.toOld())
        .isEqualTo(new Value.EnumMapping(Identifier.of("status_name"), status, false));
    // in place: ALTER ... TYPE ... USING the CASE, and back
    MigrationPlan inPlace =
        plan(
            users(ordinal),
            users(named.withName(Identifier.of("status"))),
            List.of(),
            PlanOptions.none()
                .withEncodings(
                    List.of(
                        ColumnEncoding.enumConstants(
                            Identifier.of("users"), Identifier.of("status"), status))));
    AlterColumnType alter = (AlterColumnType) inPlace.steps().get(0).upgrade().get(0);
    assertThat(alter.using())
        .isEqualTo(new Value.EnumMapping(Identifier.of("status"), status, true));
  }

  @Test
  void enumOnMariaDbTellsOrdinalsByItsIntegerTypes() throws Exception {
    // Hibernate stores ordinals in a tinyint on MariaDB and names in a native enum
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    List<String> status = List.of("NEW", "PAID");
    Column ordinal = Column.of("status", SqlType.of("tinyint"), true);
    Column named = Column.of("status_name", mariadb.types().nativeEnum(status).orElseThrow(), true);
    Schema current = users(ordinal);
    Schema desired = users(named);
    ChangeSet set =
        new Differ()
            .diff(
                current,
                desired,
                List.of(
                    RenameHint.column(
                        Identifier.of("users"),
                        Identifier.of("status"),
                        Identifier.of("status_name"))));
    MigrationPlan plan =
        new Planner(
                mariadb,
                PlanOptions.none()
                    .withEncodings(
                        List.of(
                            ColumnEncoding.enumConstants(
                                Identifier.of("users"), Identifier.of("status_name"), status))))
            .plan(new Classifier(mariadb, List.of()).classify(set), current, desired);
    CreateSyncTrigger sync =
        (CreateSyncTrigger)
            plan.steps().get(0).upgrade().stream()
                .filter(o -> o instanceof CreateSyncTrigger)
                .findFirst()
                .orElseThrow();
    assertThat(sync.toNew())
        .isEqualTo(new Value.EnumMapping(Identifier.of("status"), status, true));
    assertThat(sync.toOld())
        .isEqualTo(new Value.EnumMapping(Identifier.of("status_name"), status, false));
  }

  @Test
  void anEnumConvertedInPlacePassesThroughTextWhereTheTypeChangeHasNoUsing() throws Exception {
    // MODIFY COLUMN would cast each ordinal by itself: 0 is no member of a MariaDB enum, and a
    // name would become its position in the new type; text in between keeps every constant
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    List<String> status = List.of("NEW", "PAID");
    SqlType names = mariadb.types().nativeEnum(status).orElseThrow();
    Step step =
        enumInPlace(mariadb, users(Column.of("status", SqlType.of("tinyint"), true)), names, status)
            .withBatches(2, 50)
            .step();
    assertThat(ops(step))
        .containsExactly("alter_column_type", "batched_convert_values", "alter_column_type");
    assertThat(((AlterColumnType) step.upgrade().get(0)).type())
        .isEqualTo(SqlType.of("varchar", 20));
    // the rewrite walks the key in --batch-size ranges, as a backfill does
    Identifier id = Identifier.of("id");
    assertThat(step.upgrade().get(1))
        .isEqualTo(
            new BatchedConvertValues(
                Identifier.of("users"),
                new Value.EnumMapping(Identifier.of("status"), status, true),
                new BatchWalk(id, SqlType.of("bigint"), 2, 50)));
    assertThat(((AlterColumnType) step.upgrade().get(2)).type()).isEqualTo(names);
    assertThat(step.downgrade())
        .extracting(Operation::kind)
        .containsExactly("alter_column_type", "batched_convert_values", "alter_column_type");
    assertThat(step.downgrade().get(1))
        .isEqualTo(
            new BatchedConvertValues(
                Identifier.of("users"),
                new Value.EnumMapping(Identifier.of("status"), status, false),
                new BatchWalk(id, SqlType.of("bigint"), 2, 50)));
    assertThat(((AlterColumnType) step.downgrade().get(2)).type()).isEqualTo(SqlType.of("tinyint"));
    // its batches commit one by one
    assertThat(step.transactional()).isFalse();
  }

  /** Without a single-column key to walk, as a backfill, the rewrite stays one statement. */
  @Test
  void anEnumConvertedInPlaceWithoutAKeyToWalkIsOneStatement() throws Exception {
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    List<String> status = List.of("NEW", "PAID");
    SqlType names = mariadb.types().nativeEnum(status).orElseThrow();
    Schema keyless = withoutKey(users(Column.of("status", SqlType.of("tinyint"), true)));
    Step step = enumInPlace(mariadb, keyless, names, status).withBatches(2, 0).step();
    assertThat(ops(step))
        .containsExactly("alter_column_type", "convert_values", "alter_column_type");
    assertThat(step.upgrade().get(1))
        .isEqualTo(
            new ConvertValues(
                Identifier.of("users"),
                new Value.EnumMapping(Identifier.of("status"), status, true)));
    assertThat(step.downgrade().get(1))
        .isEqualTo(
            new ConvertValues(
                Identifier.of("users"),
                new Value.EnumMapping(Identifier.of("status"), status, false)));
  }

  /**
   * Where the converted column is itself the key, a batch's bounds would move under the rewrite: it
   * stays one statement.
   */
  @Test
  void anEnumConvertedInPlaceThatIsTheKeyIsOneStatement() throws Exception {
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    List<String> status = List.of("NEW", "PAID");
    SqlType names = mariadb.types().nativeEnum(status).orElseThrow();
    Identifier statusColumn = Identifier.of("status");
    Schema keyedByStatus =
        new Schema(
            List.of(
                new Table(
                    Identifier.of("users"),
                    List.of(Column.of("status", SqlType.of("tinyint"), false)),
                    Optional.of(new PrimaryKey(Optional.empty(), List.of(statusColumn))),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())),
            List.of());
    Step step = enumInPlace(mariadb, keyedByStatus, names, status).withBatches(2, 0).step();
    assertThat(ops(step)).contains("convert_values").doesNotContain("batched_convert_values");
  }

  /** The users table's status column, as {@code current} has it, becoming {@code names}. */
  private static EnumInPlace enumInPlace(
      Dialect dialect, Schema current, SqlType names, List<String> status) {
    return new EnumInPlace(dialect, current, names, status, PlanOptions.none());
  }

  private record EnumInPlace(
      Dialect dialect, Schema current, SqlType names, List<String> status, PlanOptions options) {
    EnumInPlace withBatches(int size, long pauseMillis) {
      return new EnumInPlace(
          dialect, current, names, status, options.withBatches(size, pauseMillis));
    }

    Step step() throws Exception {
      Table t = current.tables().get(0);
      List<Column> columns = new java.util.ArrayList<>();
      for (Column col : t.columns()) {
        columns.add(col.name().value().equals("status") ? Column.of("status", names, true) : col);
      }
      Schema desired =
          new Schema(
              List.of(
                  new Table(
                      t.name(),
                      columns,
                      t.primaryKey(),
                      t.uniques(),
                      t.indexes(),
                      t.foreignKeys(),
                      t.checks())),
              current.sequences());
      ChangeSet set = new Differ().diff(current, desired, List.of());
      MigrationPlan plan =
          new Planner(
                  dialect,
                  options.withEncodings(
                      List.of(
                          ColumnEncoding.enumConstants(
                              Identifier.of("users"), Identifier.of("status"), status))))
              .plan(new Classifier(dialect, List.of()).classify(set), current, desired);
      assertThat(plan.steps()).hasSize(1);
      return plan.steps().get(0);
    }
  }

  private static Schema withoutKey(Schema s) {
    Table t = s.tables().get(0);
    return new Schema(
        List.of(
            new Table(
                t.name(),
                t.columns(),
                Optional.empty(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                t.checks())),
        s.sequences());
  }

  /**
   * MODIFY COLUMN restates the whole column, so each statement must restate it as it is when that
   * statement runs: the relax before the type change keeps the old type (a relax that already
   * changed the type was refused as ALGORITHM=INPLACE), and the type change and its undo keep the
   * column nullable until the contract step tightens it.
   */
  @Test
  void modifyColumnRestatesTheColumnAsItIsWhenItsStatementRuns() throws Exception {
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    Schema smallNotNull = users(Column.of("rank", SqlType.of("smallint"), false));
    Schema wideNull = users(Column.of("rank", SqlType.of("int"), true));
    Step relaxed = planOn(mariadb, smallNotNull, wideNull).steps().get(0);
    assertThat(ops(relaxed)).containsExactly("drop_not_null", "alter_column_type");
    assertThat(((DropNotNull) relaxed.upgrade().get(0)).definition())
        .contains(Column.of("rank", SqlType.of("smallint"), true));
    assertThat(((AlterColumnType) relaxed.upgrade().get(1)).column())
        .isEqualTo(Column.of("rank", SqlType.of("int"), true));
    assertThat(((AlterColumnType) relaxed.downgrade().get(0)).column())
        .as("the type's undo runs before the NOT NULL is restored")
        .isEqualTo(Column.of("rank", SqlType.of("smallint"), true));

    Schema smallNull = users(Column.of("rank", SqlType.of("smallint"), true));
    Schema wideNotNull = users(Column.of("rank", SqlType.of("int"), false));
    MigrationPlan tightened = planOn(mariadb, smallNull, wideNotNull);
    AlterColumnType widen =
        (AlterColumnType)
            tightened.steps().get(0).upgrade().stream()
                .filter(o -> o instanceof AlterColumnType)
                .findFirst()
                .orElseThrow();
    assertThat(widen.column())
        .as("NOT NULL waits for the contract step, where the old code is gone")
        .isEqualTo(Column.of("rank", SqlType.of("int"), true));
    SetNotNull tighten =
        (SetNotNull)
            tightened.steps().get(tightened.steps().size() - 1).upgrade().stream()
                .filter(o -> o instanceof SetNotNull)
                .findFirst()
                .orElseThrow();
    assertThat(tighten.definition()).contains(Column.of("rank", SqlType.of("int"), false));
  }

  private static MigrationPlan planOn(Dialect dialect, Schema current, Schema desired)
      throws PlanningException {
    ChangeSet set = new Differ().diff(current, desired, List.of());
    return new Planner(dialect, PlanOptions.none())
        .plan(new Classifier(dialect, List.of()).classify(set), current, desired);
  }

  private static Schema accounts(SqlType refType, boolean refNullable, List<Index> indexes) {
    return new Schema(
        List.of(
            new Table(
                Identifier.of("accounts"),
                List.of(
                    Column.of("id", SqlType.of("bigint"), false),
                    Column.of("ref", refType, refNullable),
                    Column.of("rank", refType, true)),
                Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
                List.of(
                    new UniqueConstraint(
                        Identifier.of("accounts_ref_key"), List.of(Identifier.of("ref")))),
                indexes,
                List.of(),
                List.of())),
        List.of());
  }

  private static List<String> allOps(MigrationPlan plan) {
    return plan.steps().stream().flatMap(s -> s.upgrade().stream()).map(Operation::kind).toList();
  }

  @Test
  void wideningThatRewritesSwapsAShadowColumnInByCatalogChanges() throws Exception {
    Schema current = accounts(SqlType.of("integer"), false, List.of());
    Schema desired = accounts(SqlType.of("bigint"), false, List.of());
    MigrationPlan plan = plan(current, desired, List.of(), PlanOptions.none());
    assertThat(steps(plan))
        .containsExactly(
            "expand",
            "backfill:backfill",
            "backfill:backfill_indexes",
            "backfill:backfill_validate",
            "switch:switch",
            "contract:contract");
    assertThat(allOps(plan)).doesNotContain("alter_column_type");
    assertThat(ops(plan.steps().get(0)))
        .containsExactly(
            "check_no_dependent_views",
            "check_no_dependent_views",
            "add_column",
            "create_sync_trigger",
            "add_column",
            "create_sync_trigger",
            "add_check");
    Step indexes = plan.steps().get(2);
    assertThat(indexes.transactional()).isFalse();
    assertThat(indexes.upgrade())
        .allSatisfy(op -> assertThat(((CreateIndex) op).concurrently()).isTrue());
    Step swap = plan.steps().get(4);
    assertThat(swap.transactional()).isTrue();
    assertThat(ops(swap)).contains("rename_column", "add_unique", "set_not_null");
    assertThat(swap.upgrade())
        .filteredOn(AddUnique.class::isInstance)
        .singleElement()
        .satisfies(
            op ->
                assertThat(((AddUnique) op).usingIndex())
                    .contains(Identifier.of("accounts_ref_key_autogen_new")));
    Step contract = plan.steps().get(5);
    assertThat(ops(contract))
        .containsExactly("drop_sync_trigger", "drop_column", "drop_sync_trigger", "drop_column");
    assertThat(contract.upgrade())
        .filteredOn(DropColumn.class::isInstance)
        .extracting(op -> ((DropColumn) op).column().name().value())
        .containsExactlyInAnyOrder("ref_autogen_old", "rank_autogen_old");
  }

  @Test
  void wideningWithAnotherChangeToTheSameColumnStaysInPlace() throws Exception {
    Schema current = accounts(SqlType.of("integer"), false, List.of());
    Schema desired = accounts(SqlType.of("bigint"), true, List.of());
    MigrationPlan plan = plan(current, desired, List.of(), PlanOptions.none());
    List<Operation> ops = plan.steps().stream().flatMap(s -> s.upgrade().stream()).toList();
    assertThat(ops)
        .filteredOn(AlterColumnType.class::isInstance)
        .extracting(op -> ((AlterColumnType) op).column().name().value())
        .containsExactly("ref");
    assertThat(ops)
        .filteredOn(RenameColumn.class::isInstance)
        .extracting(op -> ((RenameColumn) op).from().value())
        .containsExactlyInAnyOrder("rank", "rank_autogen_new");
  }

  @Test
  void anIndexOverTwoWideningColumnsKeepsThemInPlace() throws Exception {
    List<Index> both = List.of(Index.of("accounts_ref_rank_idx", false, "ref", "rank"));
    Schema current = accounts(SqlType.of("integer"), true, both);
    Schema desired = accounts(SqlType.of("bigint"), true, both);
    MigrationPlan plan = plan(current, desired, List.of(), PlanOptions.none());
    assertThat(allOps(plan)).containsOnly("alter_column_type");
  }

  @Test
  void beforePostgres12AWideningStaysInPlace() throws Exception {
    Dialect pg11 = PostgresDialect.create(new dev.autogen.dialect.ServerVersion(11, 0));
    Schema current = accounts(SqlType.of("integer"), false, List.of());
    Schema desired = accounts(SqlType.of("bigint"), false, List.of());
    ChangeSet set = new Differ().diff(current, desired, List.of());
    MigrationPlan plan =
        new Planner(pg11, PlanOptions.none())
            .plan(new Classifier(pg11, List.of()).classify(set), current, desired);
    assertThat(plan.steps().stream().flatMap(s -> s.upgrade().stream()).map(Operation::kind))
        .containsOnly("alter_column_type");
  }

  @Test
  void metadataOnlyWideningIsOneInPlaceAlter() throws Exception {
    Schema current = users(Column.of("email", SqlType.of("varchar", 20), true));
    Schema desired = users(Column.of("email", SqlType.of("varchar", 40), true));
    MigrationPlan plan = plan(current, desired, List.of(), PlanOptions.none());
    assertThat(allOps(plan)).containsExactly("alter_column_type");
  }
}
