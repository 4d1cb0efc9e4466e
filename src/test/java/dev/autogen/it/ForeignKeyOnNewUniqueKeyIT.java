package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign key that references columns other than the primary key, whose unique key the same plan
 * adds (hawkBit's {@code sp_target_filter_query (name, query)} referencing {@code
 * sp_auto_assignment}; Hibernate adds the unique key for such a reference). The server accepts the
 * key only once the unique key exists: on PostgreSQL that key is built concurrently in the indexes
 * step, after the expand step that added the foreign key, and hawkBit's migration stopped there
 * ("there is no unique constraint matching given keys"). (On MySQL and MariaDB a unique index is a
 * unique key, added before the foreign keys of its step.) The upgrade is applied with rows present
 * and compared with the desired schema, then the downgrade with the schema before.
 */
class ForeignKeyOnNewUniqueKeyIT {

  private static final String RULE =
      "CREATE TABLE rule (id bigint PRIMARY KEY, name varchar(64), query varchar(128))";
  private static final String FILTER =
      "CREATE TABLE saved_filter (id bigint PRIMARY KEY, name varchar(64), query varchar(128))";
  private static final List<String> ROWS =
      List.of(
          "INSERT INTO rule VALUES (1, 'a', 'x=1'), (2, 'b', 'x=2')",
          "INSERT INTO saved_filter VALUES (10, 'a', 'x=1'), (11, NULL, NULL)");

  @Test
  void onPostgresTheKeyFollowsTheUniqueKeyIntoTheIndexesStep() throws Exception {
    List<String> desired =
        List.of(
            RULE,
            "ALTER TABLE rule ADD CONSTRAINT rule_name_query_key UNIQUE (name, query)",
            FILTER,
            "ALTER TABLE saved_filter ADD CONSTRAINT saved_filter_rule_fkey FOREIGN KEY (name,"
                + " query) REFERENCES rule (name, query)");
    LocalPostgres.inSchema(
        "it_fk_unique_want",
        (w, wanted) -> {
          for (String ddl : desired) {
            LocalPostgres.execute(w, ddl);
          }
          Schema target = new Introspector(PostgresDialect.create()).read(w, wanted).current();
          LocalPostgres.inSchema(
              "it_fk_unique",
              (c, schema) -> {
                LocalPostgres.execute(c, RULE);
                LocalPostgres.execute(c, FILTER);
                for (String row : ROWS) {
                  LocalPostgres.execute(c, row);
                }
                Introspector introspector = new Introspector(PostgresDialect.create());
                Schema before = introspector.read(c, schema).current();
                List<PlannedSteps.StepFile> steps =
                    PlannedSteps.plan(c, schema, current -> target, List.of(), PlanOptions.none());
                List<PlannedSteps.StepFile> undo =
                    PlannedSteps.undo(c, schema, current -> target, List.of(), PlanOptions.none());
                for (PlannedSteps.StepFile step : steps) {
                  ScriptRunner.run(c, step.sql(), step.transactional());
                }
                assertThat(differences(target, introspector.read(c, schema).current()))
                    .as("the upgrade reaches the desired schema")
                    .isEmpty();
                for (PlannedSteps.StepFile step : undo) {
                  ScriptRunner.run(c, step.sql(), step.transactional());
                }
                assertThat(differences(before, introspector.read(c, schema).current()))
                    .as("the downgrade brings the schema before back")
                    .isEmpty();
                assertThat(LocalPostgres.queryLong(c, "SELECT count(*) FROM saved_filter"))
                    .isEqualTo(2);
              });
        });
  }

  private static List<String> differences(Schema expected, Schema found) {
    return new Differ()
        .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
  }
}
