package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static final Dialect DIALECT = PostgresDialect.create();

  @Test
  void aNewTablesEnumCheckIsWrittenAsSqlAndReadBackTheSame() throws Exception {
    writeAndReadBack(
        "users",
        List.of(
            Column.of("id", SqlType.of("bigint"), false),
            Column.of("role", SqlType.of("varchar", 255), false)),
        "role in ('ROLE_USER','ROLE_ADMIN','it''s')",
        "INSERT INTO users VALUES (1, 'ROLE_USER')",
        "INSERT INTO users VALUES (2, 'ROLE_NONE')");
  }

  /**
   * A grouped {@code or} keeps its parentheses when written: without them {@code (a > 0 or b > 0)
   * and c > 0} became {@code a>0 or b>0 and c>0}, which lets {@code (1, 0, 0)} in.
   */
  @Test
  void aGroupedOrIsWrittenWithItsMeaning() throws Exception {
    writeAndReadBack(
        "t",
        List.of(
            Column.of("id", SqlType.of("bigint"), false),
            Column.of("a", SqlType.of("integer"), true),
            Column.of("b", SqlType.of("integer"), true),
            Column.of("c", SqlType.of("integer"), true)),
        "(a > 0 or b > 0) and c > 0",
        "INSERT INTO t VALUES (1, 1, 0, 1)",
        "INSERT INTO t VALUES (2, 1, 0, 0)");
  }

  /**
   * Plans a new table {@code name} with an id key and the check {@code condition} (named {@code
   * <name>_check}, in its normal form, as a mapping gives it) on an empty schema, applies it, reads
   * it back with no difference, and checks that the check lets {@code accepted} in and keeps {@code
   * refused} out.
   */
  private static void writeAndReadBack(
      String name, List<Column> columns, String condition, String accepted, String refused)
      throws Exception {
    String check = name + "_check";
    Table table =
        new Table(
            Identifier.of(name),
            columns,
            Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new Check(Identifier.of(check), DIALECT.expressions().normalizeCheck(condition))));
    Schema desired = new Schema(List.of(table), List.of());
    LocalPostgres.inSchema(
        "it_check_" + name,
        (c, schema) -> {
          for (PlannedSteps.StepFile step :
              PlannedSteps.plan(c, schema, current -> desired, List.of(), PlanOptions.none())) {
            ScriptRunner.run(c, step.sql(), step.transactional());
          }
          Schema read = new Introspector(DIALECT).read(c, schema).current();
          assertThat(
                  new Differ()
                      .diff(desired, read, List.of()).changes().stream()
                          .map(Verifier::describe)
                          .toList())
              .isEmpty();
          LocalPostgres.execute(c, accepted);
          assertThatThrownBy(() -> LocalPostgres.execute(c, refused)).hasMessageContaining(check);
        });
  }
}
