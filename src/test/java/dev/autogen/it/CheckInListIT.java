package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A check over an {@code in} list, as Hibernate 7 writes one for every {@code @Enumerated(STRING)}
 * column on PostgreSQL, written by a plan and read back. Its normalised form had lost the list's
 * parentheses, and that form is what a plan writes: -m for devzone's {@code users} table (a {@code
 * RoleEnum role}) wrote {@code CHECK (role in 'ROLE_ADMIN',...)}, which PostgreSQL refuses.
 */
class CheckInListIT {

  @Test
  void aNewTablesEnumCheckIsWrittenAsSqlAndReadBackTheSame() throws Exception {
    Dialect dialect = PostgresDialect.create();
    Table users =
        new Table(
            Identifier.of("users"),
            List.of(
                Column.of("id", SqlType.of("bigint"), false),
                Column.of("role", SqlType.of("varchar", 255), false)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Check(
                    Identifier.of("users_role_check"),
                    dialect
                        .expressions()
                        .normalizeCheck("role in ('ROLE_USER','ROLE_ADMIN','it''s')"))));
    Schema desired = new Schema(List.of(users), List.of());
    LocalPostgres.inSchema(
        "it_check_in_list",
        (c, schema) -> {
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(c, schema, current -> desired, List.of(), PlanOptions.none());
          for (PlannedSteps.StepFile step : steps) {
            ScriptRunner.run(c, step.sql(), step.transactional());
          }
          Schema read = new Introspector(dialect).read(c, schema).current();
          assertThat(
                  new Differ()
                      .diff(desired, read, List.of()).changes().stream()
                          .map(Verifier::describe)
                          .toList())
              .isEmpty();
          LocalPostgres.execute(c, "INSERT INTO users VALUES (1, 'ROLE_USER')");
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () -> LocalPostgres.execute(c, "INSERT INTO users VALUES (2, 'ROLE_NONE')"))
              .hasMessageContaining("users_role_check");
        });
  }

  /**
   * A grouped {@code or} keeps its parentheses when written: without them {@code (a > 0 or b > 0)
   * and c > 0} became {@code a>0 or b>0 and c>0}, which lets {@code (1, 0, 0)} in.
   */
  @Test
  void aGroupedOrIsWrittenWithItsMeaning() throws Exception {
    Dialect dialect = PostgresDialect.create();
    Table t =
        new Table(
            Identifier.of("t"),
            List.of(
                Column.of("id", SqlType.of("bigint"), false),
                Column.of("a", SqlType.of("integer"), true),
                Column.of("b", SqlType.of("integer"), true),
                Column.of("c", SqlType.of("integer"), true)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Check(
                    Identifier.of("t_abc_check"),
                    dialect.expressions().normalizeCheck("(a > 0 or b > 0) and c > 0"))));
    Schema desired = new Schema(List.of(t), List.of());
    LocalPostgres.inSchema(
        "it_check_grouped_or",
        (c, schema) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(c, schema, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), step.transactional());
          }
          Schema read = new Introspector(dialect).read(c, schema).current();
          assertThat(
                  new Differ()
                      .diff(desired, read, List.of()).changes().stream()
                          .map(Verifier::describe)
                          .toList())
              .isEmpty();
          LocalPostgres.execute(c, "INSERT INTO t VALUES (1, 1, 0, 1)");
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () -> LocalPostgres.execute(c, "INSERT INTO t VALUES (2, 1, 0, 0)"))
              .hasMessageContaining("t_abc_check");
        });
  }
}
