package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.ForeignKeyIndex;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign key a team wrote without a name ({@code ADD FOREIGN KEY (parent_id) ...}): InnoDB names
 * the key {@code child_ibfk_1} and its index after the column, {@code parent_id}, and keeps that
 * index when the key is dropped. A plan that drops the key must drop the index by that name, and
 * its downgrade must bring both back as they were.
 */
class MariaDbUnnamedForeignKeyIT {

  @Test
  void droppingAnUnnamedKeyDropsTheIndexTheServerNamedAfterItsColumn() throws Exception {
    LocalMariaDb.inDatabase(
        "it_unnamed_fk",
        (c, database) -> {
          LocalMariaDb.execute(c, "CREATE TABLE parent (id int PRIMARY KEY)");
          LocalMariaDb.execute(c, "CREATE TABLE child (id int PRIMARY KEY, parent_id int)");
          LocalMariaDb.execute(
              c, "ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent (id)");
          LocalMariaDb.execute(c, "INSERT INTO parent VALUES (1), (2)");
          LocalMariaDb.execute(c, "INSERT INTO child VALUES (10, 1), (11, 2), (12, NULL)");

          Introspection before = read(c, database);
          Table child = before.current().table(Identifier.of("child")).orElseThrow();
          Identifier key = child.foreignKeys().get(0).name();
          assertThat(key).isEqualTo(Identifier.of("child_ibfk_1"));
          assertThat(child.indexes()).as("the server's index is not the team's").isEmpty();
          assertThat(before.foreignKeyIndexes())
              .containsExactly(
                  new ForeignKeyIndex(Identifier.of("child"), key, Identifier.of("parent_id")));

          Schema desired = withoutForeignKeys(before.current());
          List<PlannedSteps.StepFile> steps =
              PlannedSteps.plan(
                  MariaDbRoundTripIT.DIALECT,
                  c,
                  database,
                  current -> desired,
                  List.of(),
                  PlanOptions.none());
          List<PlannedSteps.StepFile> undo =
              PlannedSteps.undo(
                  MariaDbRoundTripIT.DIALECT,
                  c,
                  database,
                  current -> desired,
                  List.of(),
                  PlanOptions.none());
          assertThat(steps).isNotEmpty();
          assertThat(steps.get(0).sql()).contains("DROP INDEX IF EXISTS `parent_id`");
          for (PlannedSteps.StepFile step : steps) {
            ScriptRunner.run(c, step.sql(), false);
          }
          assertThat(differences(desired, read(c, database).current()))
              .as("no key and no index left behind after the upgrade")
              .isEmpty();
          assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM child")).isEqualTo(3);

          for (PlannedSteps.StepFile step : undo) {
            ScriptRunner.run(c, step.sql(), false);
          }
          Introspection restored = read(c, database);
          assertThat(differences(before.current(), restored.current()))
              .as("the downgrade brings the key back")
              .isEmpty();
          assertThat(restored.foreignKeyIndexes())
              .extracting(ForeignKeyIndex::index)
              .as("and its index under the server's name")
              .containsExactly(Identifier.of("parent_id"));
        });
  }

  /**
   * A key whose columns begin a unique key has no index of its own: InnoDB made none when the key
   * came after the unique key. hawkBit's {@code sp_software_module} is such a table, and -m's drop
   * of its unique key stopped there (error 1553, "needed in a foreign key constraint"). The key
   * gets its own index first, named after it as the server names one, and the downgrade drops it
   * again once the unique key is back.
   */
  @Test
  void aKeyThatUsesADroppedUniqueKeyGetsAnIndexOfItsOwnFirst() throws Exception {
    String parent = "CREATE TABLE sm_type (id int PRIMARY KEY)";
    String child =
        "CREATE TABLE sm (id int PRIMARY KEY, sm_type int NOT NULL, name varchar(64) NOT NULL)";
    String key =
        "ALTER TABLE sm ADD CONSTRAINT fk_sm_type FOREIGN KEY (sm_type) REFERENCES sm_type (id)";
    // the entities name the same key otherwise, as Hibernate names keys: the differ pairs them
    String renamedKey =
        "ALTER TABLE sm ADD CONSTRAINT sm_sm_type_fk FOREIGN KEY (sm_type) REFERENCES sm_type (id)";
    String sql =
        MariaDbClusteredKeyIT.roundTrip(
            List.of(
                parent,
                child,
                "ALTER TABLE sm ADD CONSTRAINT uk_sm UNIQUE (sm_type, name)",
                key,
                "INSERT INTO sm_type VALUES (1), (2)",
                "INSERT INTO sm VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'a')"),
            List.of(parent, child, renamedKey),
            "sm",
            3);
    assertThat(sql.indexOf("ADD INDEX IF NOT EXISTS `fk_sm_type`"))
        .as("the key's own index comes before the unique key goes")
        .isPositive()
        .isLessThan(sql.indexOf("DROP CONSTRAINT IF EXISTS `uk_sm`"));
  }

  private static Introspection read(Connection c, String database) throws Exception {
    return new Introspector(MariaDbRoundTripIT.DIALECT).read(c, database);
  }

  private static Schema withoutForeignKeys(Schema schema) {
    return new Schema(
        schema.tables().stream()
            .map(
                t ->
                    new Table(
                        t.name(),
                        t.columns(),
                        t.primaryKey(),
                        t.uniques(),
                        t.indexes(),
                        List.of(),
                        t.checks()))
            .toList(),
        schema.sequences());
  }

  private static List<String> differences(Schema expected, Schema found) {
    return new Differ()
        .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
  }
}
