package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.classify.Classifier;
import dev.autogen.classify.Hazard;
import dev.autogen.classify.HazardCode;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Foreign keys lifted around in-place type changes where the server refuses them (MySQL). */
class LiftedForeignKeysTest {

  private static final ForeignKey ORDERS_USER =
      new ForeignKey(
          Identifier.of("orders_user_fk"),
          List.of(Identifier.of("user_id")),
          Identifier.of("users"),
          List.of(Identifier.of("id")),
          ReferentialAction.NO_ACTION,
          ReferentialAction.NO_ACTION);

  private static Schema schema(String idType) {
    return schema(idType, idType);
  }

  private static Schema schema(String idType, String userIdType) {
    SqlType type = SqlType.of(idType);
    Table users =
        new Table(
            Identifier.of("users"),
            List.of(Column.of("id", type, false)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Table orders =
        new Table(
            Identifier.of("orders"),
            List.of(
                Column.of("id", SqlType.of("bigint"), false),
                Column.of("user_id", SqlType.of(userIdType), false)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
            List.of(),
            List.of(),
            List.of(ORDERS_USER),
            List.of());
    return new Schema(List.of(users, orders), List.of());
  }

  private static Step onlyStep(Dialect dialect) throws PlanningException {
    return onlyStep(dialect, schema("bigint"));
  }

  private static Step onlyStep(Dialect dialect, Schema desired) throws PlanningException {
    Schema current = schema("int");
    var changes = new Differ().diff(current, desired, List.of());
    MigrationPlan plan =
        new Planner(dialect, PlanOptions.none())
            .plan(new Classifier(dialect, List.of()).classify(changes), current, desired);
    assertThat(plan.steps()).hasSize(1);
    return plan.steps().get(0);
  }

  @Test
  void mysqlDropsTheKeyOnceChangesBothColumnsAndReaddsItAfterAnOrphanCheck() throws Exception {
    Step step = onlyStep(MysqlDialect.create(MysqlFlavour.MARIADB));
    assertThat(step.upgrade().stream().map(Operation::kind).toList())
        .containsExactly(
            "drop_constraint",
            "alter_column_type",
            "alter_column_type",
            "check_no_orphans",
            "add_foreign_key");
    assertThat(step.downgrade().stream().map(Operation::kind).toList())
        .containsExactly(
            "drop_constraint",
            "alter_column_type",
            "alter_column_type",
            "check_no_orphans",
            "add_foreign_key");
    assertThat(step.upgrade().get(0))
        .isEqualTo(DropConstraint.foreignKey(Identifier.of("orders"), ORDERS_USER.name()));
  }

  @Test
  void postgresChangesTheTypeUnderTheKey() throws Exception {
    // PostgreSQL 10 alters in place (no type swap before 12), re-checking the key itself
    Step step = onlyStep(PostgresDialect.create(new dev.autogen.dialect.ServerVersion(10, 0)));
    assertThat(step.upgrade().stream().map(Operation::kind).toList())
        .doesNotContain("drop_constraint", "add_foreign_key");
  }

  /**
   * Between the drop and the re-add the key is not enforced: the step's header says so, as a hazard
   * of the type change, in MariaDB's words (its statements and foreign_key_checks).
   */
  @Test
  void theStepSaysTheKeyIsNotEnforcedMeanwhileInTheServersWords() throws Exception {
    Step step = onlyStep(MysqlDialect.create(MysqlFlavour.MARIADB));
    List<Hazard> lifted =
        step.assessments().stream()
            .flatMap(a -> a.hazards().stream())
            .filter(h -> h.message().contains("orders_user_fk"))
            .toList();
    assertThat(lifted).hasSize(1);
    assertThat(lifted.get(0).code()).isEqualTo(HazardCode.CONSTRAINT_MAY_FAIL);
    assertThat(lifted.get(0).message())
        .startsWith(
            "foreign key orders_user_fk of orders is dropped (ALTER TABLE ... DROP FOREIGN KEY)")
        .contains("before the type of orders.user_id changes")
        .contains("foreign_key_checks=0")
        .contains("rows written meanwhile may point nowhere")
        .doesNotContain("NOT VALID", "ACCESS EXCLUSIVE");
  }

  /**
   * Only one side of the key widens: MariaDB would refuse the key between int and bigint when it is
   * added back, so the plan is refused, naming both columns; PostgreSQL keeps such a key.
   */
  @Test
  void oneSideOfTheKeyChangingTypeAloneIsRefusedWhereTheServerRefusesTheKey() throws Exception {
    Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
    assertThatThrownBy(() -> onlyStep(mariadb, schema("bigint", "int")))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining(
            "foreign key orders_user_fk: orders.user_id (int) would reference users.id (bigint)");
    assertThatThrownBy(() -> onlyStep(mariadb, schema("int", "bigint")))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining(
            "foreign key orders_user_fk: orders.user_id (bigint) would reference users.id (int)");
    Dialect postgres = PostgresDialect.create(new dev.autogen.dialect.ServerVersion(10, 0));
    assertThat(onlyStep(postgres, schema("bigint", "int")).upgrade()).isNotEmpty();
  }
}
