package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.classify.ClassifierSettings;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which operations copy a table on which server, and what -m does with them on big tables. */
class TableCopiesTest {

  private static final Dialect MARIADB = Dialects.forName("mariadb");
  private static final Identifier ORDERS = Identifier.of("orders");

  private static AlterColumnType widen(String from, String to) {
    return widen(SqlType.of(from), SqlType.of(to));
  }

  private static AlterColumnType widen(SqlType from, SqlType to) {
    return new AlterColumnType(
        ORDERS,
        Column.of("qty", to, false),
        to,
        new Value.FromColumn(Identifier.of("qty"), Optional.of(to)),
        Optional.of(from));
  }

  private static MigrationPlan plan(Operation op) {
    return plan(List.of(op), List.of());
  }

  /** A plan of one expand step. */
  private static MigrationPlan plan(List<Operation> upgrade, List<Operation> downgrade) {
    return new MigrationPlan(
        List.of(
            new Step(
                Phase.EXPAND, "", "t", "why", "next", true, true, upgrade, downgrade, List.of())));
  }

  private static MigrationPlan route(Operation op, long rows, CopyRoute route)
      throws PlanningException {
    return TableCopies.route(
        plan(op),
        MARIADB,
        List.of(new TableStatistics(ORDERS, rows, 0)),
        ClassifierSettings.defaults(),
        route,
        t -> "D=app,t=" + t.value());
  }

  @Test
  void copiesFollowTheCapabilities() {
    assertThat(TableCopies.copiedTable(widen("int", "bigint"), MARIADB)).contains(ORDERS);
    // varchar(20) -> varchar(40) changes only the catalog
    assertThat(
            TableCopies.copiedTable(
                widen(SqlType.of("varchar", 20), SqlType.of("varchar", 40)), MARIADB))
        .isEmpty();
    assertThat(
            TableCopies.copiedTable(
                new AddCheck(ORDERS, new Check(Identifier.of("qty_ok"), "qty >= 0"), false),
                MARIADB))
        .contains(ORDERS);
    assertThat(TableCopies.copiedTable(new SetNotNull(ORDERS, Identifier.of("qty")), MARIADB))
        .isEmpty();
    // PostgreSQL has no ALGORITHM=: its rewrites are hazards, not copies to route
    assertThat(TableCopies.copiedTable(widen("int", "bigint"), Dialects.forName("postgres")))
        .isEmpty();
  }

  @Test
  void aCopyBelowTheThresholdOrOfUnknownSizeIsLeftAsPlanned() throws Exception {
    assertThat(route(widen("int", "bigint"), 999_999, CopyRoute.REFUSE))
        .isEqualTo(plan(widen("int", "bigint")));
    assertThat(route(widen("int", "bigint"), TableStatistics.UNKNOWN, CopyRoute.REFUSE))
        .isEqualTo(plan(widen("int", "bigint")));
  }

  @Test
  void aCopyOfABigTableIsRefusedWithTheWaysOut() {
    assertThatThrownBy(() -> route(widen("int", "bigint"), 1_200_000, CopyRoute.REFUSE))
        .isInstanceOf(PlanningException.class)
        .hasMessage(
            "table orders (1,200,000 rows): the type of qty changes, over --error-rows 1000000:"
                + " the server can only copy the table while its writes wait (ALGORITHM=COPY)."
                + " Rerun with --online-schema-change pt-osc to hand the change to"
                + " pt-online-schema-change (copies in chunks while writes go on), or with"
                + " --allow-copy to write the ALTER with ALGORITHM=COPY anyway");
  }

  @Test
  void allowedCopiesSayItLoudlyAndHandedOnesCarryTheTool() throws Exception {
    Step allowed = route(widen("int", "bigint"), 1_200_000, CopyRoute.ALLOW_COPY).steps().get(0);
    assertThat(allowed.upgrade()).containsExactly(widen("int", "bigint"));
    assertThat(allowed.why()).startsWith("WARNING, --allow-copy: table orders (1,200,000 rows)");

    Step handed = route(widen("int", "bigint"), 1_200_000, CopyRoute.PT_OSC).steps().get(0);
    assertThat(handed.upgrade())
        .containsExactly(
            new OnlineSchemaChange(ORDERS, widen("int", "bigint"), 1_200_000, "D=app,t=orders"));
    assertThat(handed.why()).startsWith("pt-online-schema-change: table orders (1,200,000 rows)");
  }

  /**
   * The pt-osc route's downgrade narrows the big table back, itself a copy: it goes through the
   * tool the same way (the renderer writes the same dry-run-then-execute commands into the undo
   * script), and the header says so. A downgrade that copies nothing is left as planned.
   */
  @Test
  void theHandedChangesDowngradeGoesThroughTheToolToo() throws Exception {
    AlterColumnType narrow = widen("bigint", "int");
    AddColumn note = new AddColumn(ORDERS, Column.of("note", SqlType.of("varchar", 40), true));
    MigrationPlan plan = plan(List.of(widen("int", "bigint")), List.of(narrow, note));
    List<TableStatistics> sizes = List.of(new TableStatistics(ORDERS, 1_200_000, 0));
    Step handed =
        TableCopies.route(
                plan,
                MARIADB,
                sizes,
                ClassifierSettings.defaults(),
                CopyRoute.PT_OSC,
                t -> "D=app,t=" + t.value())
            .steps()
            .get(0);
    assertThat(handed.downgrade())
        .containsExactly(new OnlineSchemaChange(ORDERS, narrow, 1_200_000, "D=app,t=orders"), note);
    assertThat(handed.why())
        .contains("Its undo script hands the reverse change to pt-online-schema-change");

    Step copied =
        TableCopies.route(
                plan, MARIADB, sizes, ClassifierSettings.defaults(), CopyRoute.ALLOW_COPY, t -> "")
            .steps()
            .get(0);
    assertThat(copied.downgrade()).containsExactly(narrow, note);
  }

  /** A step widening a varchar in place (metadata only) whose undo narrows it back by a copy. */
  private static MigrationPlan copyingOnlyInTheDowngrade() {
    AlterColumnType widen = widen(SqlType.of("varchar", 20), SqlType.of("varchar", 40));
    AlterColumnType narrow = widen(SqlType.of("varchar", 40), SqlType.of("varchar", 20));
    return plan(List.of(widen), List.of(narrow));
  }

  private static Step routeDowngrade(CopyRoute route) throws PlanningException {
    return routed(copyingOnlyInTheDowngrade(), MARIADB, ORDERS, route);
  }

  /** The one step of {@code plan} routed with {@code big} holding 1.2M rows. */
  private static Step routed(MigrationPlan plan, Dialect dialect, Identifier big, CopyRoute route)
      throws PlanningException {
    return TableCopies.route(
            plan,
            dialect,
            List.of(new TableStatistics(big, 1_200_000, 0)),
            ClassifierSettings.defaults(),
            route,
            t -> "D=app,t=" + t.value())
        .steps()
        .get(0);
  }

  /**
   * A downgrade that copies a big table follows the upgrades' rule: refused by default, naming the
   * table, the change and the ways out; written with a loud header under --allow-copy.
   */
  @Test
  void aDowngradeCopyingABigTableIsRoutedLikeAnUpgrade() throws Exception {
    assertThatThrownBy(() -> routeDowngrade(CopyRoute.REFUSE))
        .isInstanceOf(PlanningException.class)
        .hasMessage(
            "table orders (1,200,000 rows): the type of qty changes in the downgrade,"
                + " over --error-rows 1000000:"
                + " the server can only copy the table while its writes wait (ALGORITHM=COPY)."
                + " Rerun with --online-schema-change pt-osc to hand the change to"
                + " pt-online-schema-change (copies in chunks while writes go on), or with"
                + " --allow-copy to write the ALTER with ALGORITHM=COPY anyway");

    Step allowed = routeDowngrade(CopyRoute.ALLOW_COPY);
    assertThat(allowed.downgrade())
        .containsExactly(widen(SqlType.of("varchar", 40), SqlType.of("varchar", 20)));
    assertThat(allowed.why())
        .startsWith(
            "WARNING, --allow-copy: table orders (1,200,000 rows): the type of qty changes in the"
                + " downgrade by copying the table (ALGORITHM=COPY, LOCK=SHARED)");

    Step handed = routeDowngrade(CopyRoute.PT_OSC);
    assertThat(handed.downgrade()).singleElement().isInstanceOf(OnlineSchemaChange.class);
    assertThat(handed.why())
        .startsWith("Its undo script hands the reverse change to pt-online-schema-change");
  }

  private static final Identifier CUSTOMERS = Identifier.of("customers");
  private static final ForeignKey FK =
      new ForeignKey(
          Identifier.of("fk_orders_customer"),
          List.of(Identifier.of("customer_id")),
          CUSTOMERS,
          List.of(Identifier.of("id")),
          ReferentialAction.NO_ACTION,
          ReferentialAction.NO_ACTION);

  private static Step liftedAround(Identifier big, Dialect dialect, CopyRoute route)
      throws PlanningException {
    AlterColumnType change =
        new AlterColumnType(
            big,
            Column.of("customer_id", SqlType.of("bigint"), false),
            SqlType.of("bigint"),
            new Value.FromColumn(Identifier.of("customer_id"), Optional.of(SqlType.of("bigint"))),
            Optional.of(SqlType.of("int")));
    MigrationPlan plan =
        plan(
            List.of(
                new DropConstraint(ORDERS, FK.name()),
                change,
                new Precheck(ORDERS, new Precheck.NoOrphans(FK)),
                new AddForeignKey(ORDERS, FK, false)),
            List.of());
    return routed(plan, dialect, big, route);
  }

  /**
   * The tool runs before the step, while a key the step lifts around the change still holds: it
   * drops the table's own key on its copy too, and refuses where it cannot (the key of another
   * table referencing the big one; a server without IF EXISTS for the step's own drop).
   */
  @Test
  void aKeyLiftedAroundAHandedChangeIsDroppedByTheToolOrRefused() throws Exception {
    Step handed = liftedAround(ORDERS, MARIADB, CopyRoute.PT_OSC);
    assertThat(handed.upgrade().get(1))
        .isEqualTo(
            new OnlineSchemaChange(
                ORDERS,
                ((OnlineSchemaChange) handed.upgrade().get(1)).change(),
                1_200_000,
                "D=app,t=orders",
                List.of(FK.name())));
    assertThat(handed.why()).contains("The tool also drops foreign key fk_orders_customer");

    assertThatThrownBy(() -> liftedAround(CUSTOMERS, MARIADB, CopyRoute.PT_OSC))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("foreign key fk_orders_customer of orders, which references it")
        .hasMessageContaining("--allow-copy");
    assertThatThrownBy(() -> liftedAround(ORDERS, Dialects.forName("mysql"), CopyRoute.PT_OSC))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("no DROP FOREIGN KEY IF EXISTS");
  }

  /**
   * An enum converted in place is two copies with an UPDATE between them: the tool, run before the
   * file, cannot interleave them, so on a big table both the default route and the pt-osc route
   * refuse it naming --rename and --allow-copy (not the tool); --allow-copy keeps it.
   */
  @Test
  void anEnumConvertedInPlaceIsNotHandedToTheTool() throws PlanningException {
    SqlType text = SqlType.of("varchar", 20);
    Value.EnumMapping toNames =
        new Value.EnumMapping(Identifier.of("qty"), List.of("NEW", "PAID"), true);
    List<Operation> upgrade =
        List.of(widen(SqlType.of("tinyint"), text), new ConvertValues(ORDERS, toNames));
    for (CopyRoute refusing : List.of(CopyRoute.PT_OSC, CopyRoute.REFUSE)) {
      assertThatThrownBy(() -> routed(plan(upgrade, List.of()), MARIADB, ORDERS, refusing))
          .isInstanceOf(PlanningException.class)
          .hasMessageContaining("converting the enum orders.qty in place")
          .hasMessageContaining("--rename orders.qty=<new column>")
          .hasMessageContaining("--allow-copy");
    }
    Step copied = routed(plan(upgrade, List.of()), MARIADB, ORDERS, CopyRoute.ALLOW_COPY);
    assertThat(copied.upgrade()).isEqualTo(upgrade);
  }

  /** The batched rewrite is still between the two copies: refused the same way. */
  @Test
  void anEnumConvertedInPlaceInBatchesIsNotHandedToTheToolEither() throws PlanningException {
    SqlType text = SqlType.of("varchar", 20);
    Value.EnumMapping toNames =
        new Value.EnumMapping(Identifier.of("qty"), List.of("NEW", "PAID"), true);
    List<Operation> upgrade =
        List.of(
            widen(SqlType.of("tinyint"), text),
            new BatchedConvertValues(
                ORDERS,
                toNames,
                new BatchWalk(Identifier.of("id"), SqlType.of("bigint"), 1000, 0)));
    for (CopyRoute refusing : List.of(CopyRoute.PT_OSC, CopyRoute.REFUSE)) {
      assertThatThrownBy(() -> routed(plan(upgrade, List.of()), MARIADB, ORDERS, refusing))
          .isInstanceOf(PlanningException.class)
          .hasMessageContaining("converting the enum orders.qty in place")
          .hasMessageContaining("--allow-copy");
    }
    Step copied = routed(plan(upgrade, List.of()), MARIADB, ORDERS, CopyRoute.ALLOW_COPY);
    assertThat(copied.upgrade()).isEqualTo(upgrade);
  }

  @Test
  void theLastKeyTheRowsClusterOnIsACopyTheToolCannotTake() throws Exception {
    DropConstraint clustered = new DropConstraint(ORDERS, Identifier.of("order_line"), true);
    assertThat(TableCopies.copiedTable(clustered, MARIADB)).contains(ORDERS);
    assertThat(
            TableCopies.copiedTable(
                new DropConstraint(ORDERS, Identifier.of("order_line")), MARIADB))
        .isEmpty();
    assertThatThrownBy(() -> route(clustered, 1_200_000, CopyRoute.PT_OSC))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("table orders (1,200,000 rows): key order_line, which the rows are")
        .hasMessageContaining("leaves it none; rerun with --allow-copy");
    assertThat(route(clustered, 1_200_000, CopyRoute.ALLOW_COPY).steps().get(0).why())
        .startsWith(
            "WARNING, --allow-copy: table orders (1,200,000 rows): key order_line, which the rows"
                + " are clustered on, is dropped by copying the table");
  }
}
