package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plan shape of a rename whose column a key or index stands on (issue 14); {@code
 * RenameRoundTripIT} proves the same plans on PostgreSQL.
 */
class MovedKeyPlansTest {

  private static final Dialect PG = PostgresDialect.create();
  private static final Identifier USERS = Identifier.of("users");

  private static Table users(String key, String indexed) {
    return new Table(
        USERS,
        List.of(
            Column.of(key, SqlType.of("bigint"), false),
            Column.of(indexed, SqlType.of("integer"), true)),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of(key)))),
        List.of(),
        List.of(Index.of("users_n", false, indexed)),
        List.of(),
        List.of());
  }

  private static MigrationPlan plan(Table current, Table desired, RenameHint hint)
      throws PlanningException {
    Schema c = new Schema(List.of(current), List.of());
    Schema d = new Schema(List.of(desired), List.of());
    ChangeSet set = new Differ().diff(c, d, List.of(hint));
    return new Planner(PG, PlanOptions.none())
        .plan(new Classifier(PG, List.of()).classify(set), c, d);
  }

  private static Step step(MigrationPlan plan, String name) {
    return plan.steps().stream().filter(s -> s.label().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> ops(List<Operation> ops) {
    return ops.stream().map(Operation::kind).toList();
  }

  @Test
  void aRenamedPrimaryKeyColumnGetsItsKeyFromAnIndexBuiltBesideTheOldOne() throws Exception {
    MigrationPlan plan =
        plan(
            users("id", "n"),
            users("ident", "n"),
            RenameHint.column(USERS, Identifier.of("id"), Identifier.of("ident")));
    // the new column is empty until the backfill, which walks the old key
    BatchedBackfill fill = (BatchedBackfill) step(plan, "backfill").upgrade().get(0);
    assertThat(fill.walk().key()).isEqualTo(Identifier.of("id"));
    CreateIndex shadow =
        (CreateIndex)
            step(plan, "backfill_indexes").upgrade().stream()
                .filter(CreateIndex.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(shadow.concurrently()).isTrue();
    assertThat(shadow.index().name()).isEqualTo(Identifier.of("users_pkey_autogen_new"));
    assertThat(shadow.index().columns()).containsExactly(Identifier.of("ident"));
    // one primary key at a time: the old one goes in the contract, the new one once NOT NULL
    assertThat(ops(step(plan, "contract").upgrade()))
        .containsSubsequence("drop_constraint", "drop_column")
        .doesNotContain("add_primary_key");
    Step notNull = step(plan, "contract_not_null");
    assertThat(ops(notNull.upgrade())).containsSubsequence("set_not_null", "add_primary_key");
    AddPrimaryKey pk =
        (AddPrimaryKey)
            notNull.upgrade().stream()
                .filter(AddPrimaryKey.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(pk.usingIndex()).contains(shadow.index().name());
    // the downgrade gives the shadow index back to the step that built it
    assertThat(ops(notNull.downgrade())).containsSubsequence("drop_constraint", "create_index");
  }

  @Test
  void aRenamedIndexedColumnGetsTheIndexUnderItsNameInTheContract() throws Exception {
    MigrationPlan plan =
        plan(
            users("id", "n"),
            users("id", "m"),
            RenameHint.column(USERS, Identifier.of("n"), Identifier.of("m")));
    assertThat(step(plan, "backfill_indexes").upgrade())
        .filteredOn(CreateIndex.class::isInstance)
        .extracting(op -> ((CreateIndex) op).index().name().value())
        .containsExactly("users_n_autogen_new");
    Step contract = step(plan, "contract");
    assertThat(ops(contract.upgrade())).containsSubsequence("drop_index", "rename_index");
    RenameIndex rename =
        (RenameIndex)
            contract.upgrade().stream()
                .filter(RenameIndex.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(rename.to()).isEqualTo(Identifier.of("users_n"));
  }
}
