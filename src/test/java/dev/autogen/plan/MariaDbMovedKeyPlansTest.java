package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plan shape of a rename whose column a key stands on where InnoDB decides it (issue 14):
 * {@code MariaDbRenameRoundTripIT} proves the same plans on MariaDB.
 */
class MariaDbMovedKeyPlansTest {

  private static final Dialect MARIADB = MysqlDialect.create(MysqlFlavour.MARIADB);
  private static final Identifier T = Identifier.of("t");
  private static final Identifier P = Identifier.of("p");

  private static Table table(Identifier name, List<String> columns, List<ForeignKey> fks) {
    return new Table(
        name,
        columns.stream()
            .map(c -> Column.of(c, SqlType.of("int"), c.equals(columns.get(0)) ? false : true))
            .toList(),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of(columns.get(0))))),
        List.of(),
        List.of(),
        fks,
        List.of());
  }

  private static ForeignKey fk(String column) {
    return new ForeignKey(
        Identifier.of("t_p"),
        List.of(Identifier.of(column)),
        P,
        List.of(Identifier.of("id")),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  private static Step contract(List<Table> current, List<Table> desired, RenameHint hint)
      throws PlanningException {
    Schema c = new Schema(current, List.of());
    Schema d = new Schema(desired, List.of());
    ChangeSet set = new Differ().diff(c, d, List.of(hint));
    MigrationPlan plan =
        new Planner(MARIADB, PlanOptions.none())
            .plan(new Classifier(MARIADB, List.of()).classify(set), c, d);
    return plan.steps().stream()
        .filter(s -> s.label().equals("contract"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> kinds(List<Operation> ops) {
    return ops.stream().map(Operation::kind).toList();
  }

  @Test
  void aRenamedPrimaryKeyColumnTakesTheKeyInOneStatement() throws Exception {
    Step contract =
        contract(
            List.of(table(T, List.of("id", "n"), List.of())),
            List.of(table(T, List.of("ident", "n"), List.of())),
            RenameHint.column(T, Identifier.of("id"), Identifier.of("ident")));
    // InnoDB refuses to drop the old key alone in place: no drop of its own
    assertThat(kinds(contract.upgrade()))
        .containsSubsequence("set_not_null", "add_primary_key", "drop_column")
        .doesNotContain("drop_constraint");
    AddPrimaryKey up = only(contract.upgrade(), AddPrimaryKey.class);
    assertThat(up.primaryKey().columns()).containsExactly(Identifier.of("ident"));
    assertThat(up.replacing()).isPresent();
    AddPrimaryKey down = only(contract.downgrade(), AddPrimaryKey.class);
    assertThat(down.primaryKey().columns()).containsExactly(Identifier.of("id"));
    assertThat(down.replacing()).isPresent();
  }

  @Test
  void aRenamedForeignKeyColumnGetsAnIndexBeforeItsKey() throws Exception {
    Table p = table(P, List.of("id"), List.of());
    Step contract =
        contract(
            List.of(p, table(T, List.of("id", "p_id"), List.of(fk("p_id")))),
            List.of(p, table(T, List.of("id", "pid"), List.of(fk("pid")))),
            RenameHint.column(T, Identifier.of("p_id"), Identifier.of("pid")));
    // the index the server made for the old key goes with it, so that the old column can go
    // instantly; the new key needs one of its own, in place
    assertThat(kinds(contract.upgrade()))
        .containsSubsequence(
            "drop_constraint", "drop_index", "create_index", "add_foreign_key", "drop_column");
    assertThat(contract.upgrade())
        .filteredOn(CreateIndex.class::isInstance)
        .extracting(op -> ((CreateIndex) op).index().columns())
        .containsExactly(List.of(Identifier.of("pid")));
    assertThat(kinds(contract.downgrade()))
        .containsSubsequence("drop_constraint", "drop_index", "create_index", "add_foreign_key");
  }

  private static <T> T only(List<Operation> ops, Class<T> kind) {
    List<Operation> found = ops.stream().filter(kind::isInstance).toList();
    assertThat(found).hasSize(1);
    return kind.cast(found.get(0));
  }
}
