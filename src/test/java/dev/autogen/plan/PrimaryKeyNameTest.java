package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A primary key added without a name gets the one its server would give it. */
class PrimaryKeyNameTest {

  private static Schema users(Optional<PrimaryKey> pk) {
    return new Schema(
        List.of(
            new Table(
                Identifier.of("users"),
                List.of(Column.of("id", SqlType.of("bigint"), false)),
                pk,
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        List.of());
  }

  private static Identifier addedKeyName(Dialect dialect) throws PlanningException {
    Schema current = users(Optional.empty());
    Schema desired =
        users(Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))));
    MigrationPlan plan =
        new Planner(dialect, PlanOptions.none())
            .plan(
                new Classifier(dialect, List.of())
                    .classify(new Differ().diff(current, desired, List.of())),
                current,
                desired);
    return plan.steps().stream()
        .flatMap(s -> s.upgrade().stream())
        .filter(AddPrimaryKey.class::isInstance)
        .map(o -> ((AddPrimaryKey) o).primaryKey().name().orElseThrow())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void postgresNamesItAfterTheTableMariaDbAlwaysPrimary() throws Exception {
    assertThat(addedKeyName(PostgresDialect.create())).isEqualTo(Identifier.of("users_pkey"));
    assertThat(addedKeyName(MysqlDialect.create(MysqlFlavour.MARIADB)))
        .isEqualTo(Identifier.of("PRIMARY"));
  }

  /** Found by RoundTripIT: "<63 bytes>_pkey" was cut by the server to the table's own name. */
  @Test
  void postgresCutsALongTableNameSoThatTheSuffixFits() {
    String table = "é".repeat(31) + "x"; // 63 bytes
    assertThat(PostgresDialect.create().identifiers().primaryKeyName(Identifier.of(table)))
        .isEqualTo(Identifier.of("é".repeat(29) + "_pkey"));
  }
}
