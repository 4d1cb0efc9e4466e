package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A downgrade gives back the tables as they were, to the letter of {@code SHOW CREATE TABLE}, not
 * only as autogen compares them: applications read more than the model holds. Found by applying
 * autogen's migrations to Spring PetClinic's MySQL schema and hawkBit on MariaDB 10.11 and running
 * every downgrade. Each case applies the upgrade and the downgrade with rows present.
 */
class MariaDbDowngradeFidelityIT {

  private static final String OWNERS = "CREATE TABLE owners (id int PRIMARY KEY)";

  /**
   * A foreign key added without a name: InnoDB names it {@code pets_ibfk_1} and its index after the
   * column, {@code owner_id}. Widening the key's columns lifts the key around the type changes; the
   * index it used must be the one it has again, after the upgrade and after the downgrade.
   */
  @Test
  void aKeyLiftedAroundATypeChangeKeepsTheIndexItHad() throws Exception {
    String pets =
        "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, FOREIGN KEY (owner_id) REFERENCES"
            + " owners (id))";
    List<String> tables =
        roundTrip(
            List.of(
                OWNERS,
                pets,
                "INSERT INTO owners VALUES (1), (2)",
                "INSERT INTO pets VALUES (10, 1), (11, 2), (12, NULL)"),
            List.of(
                "CREATE TABLE owners (id bigint PRIMARY KEY)",
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id bigint, FOREIGN KEY (owner_id)"
                    + " REFERENCES owners (id))"),
            "pets",
            3);
    assertThat(tables.get(1)).contains("KEY `owner_id` (`owner_id`)");
  }

  /**
   * Integer display widths store nothing, so autogen compares types without them, but Connector/J
   * reads a {@code tinyint(1)} as a boolean, and a {@code zerofill} column shows its width. Every
   * statement that restates a column of its current type (here a {@code MODIFY} relaxing NOT NULL,
   * and the downgrade's {@code MODIFY} back from {@code bigint}) writes the width it had.
   */
  @Test
  void columnsRestatedWithTheirTypeKeepTheirDisplayWidths() throws Exception {
    List<String> tables =
        roundTrip(
            List.of(
                "CREATE TABLE visits (id int PRIMARY KEY, pet_count int(4) NOT NULL, vaccinated"
                    + " tinyint(1) NOT NULL DEFAULT 0, code int(5) unsigned zerofill NOT NULL)",
                "INSERT INTO visits VALUES (1, 2, 1, 7), (2, 3, 0, 8)"),
            List.of(
                "CREATE TABLE visits (id int PRIMARY KEY, pet_count bigint NOT NULL, vaccinated"
                    + " tinyint(1) NULL DEFAULT 0, code int(5) unsigned zerofill NULL)"),
            "visits",
            2);
    assertThat(tables.get(0)).contains("`vaccinated` tinyint(1) DEFAULT 0");
  }

  /**
   * Plans from the tables {@code current} makes (rows included) to those {@code desired} makes,
   * applies the upgrade, checks it, applies the downgrade and checks that every table's {@code SHOW
   * CREATE TABLE} is what it was and that {@code table} keeps its {@code rows}; returns the tables
   * as the upgrade left them.
   */
  private static List<String> roundTrip(
      List<String> current, List<String> desired, String table, long rows) throws Exception {
    List<String> upgraded = new ArrayList<>();
    LocalMariaDb.inDatabase(
        "it_fidelity_want",
        (w, wanted) -> {
          for (String ddl : desired) {
            LocalMariaDb.execute(w, ddl);
          }
          Schema target = read(w, wanted);
          List<String> wantedTables = showCreateTables(w);
          LocalMariaDb.inDatabase(
              "it_fidelity",
              (c, database) -> {
                for (String ddl : current) {
                  LocalMariaDb.execute(c, ddl);
                }
                List<String> before = showCreateTables(c);
                List<PlannedSteps.StepFile> steps =
                    PlannedSteps.plan(
                        MariaDbRoundTripIT.DIALECT,
                        c,
                        database,
                        schema -> target,
                        List.of(),
                        PlanOptions.none());
                List<PlannedSteps.StepFile> undo =
                    PlannedSteps.undo(
                        MariaDbRoundTripIT.DIALECT,
                        c,
                        database,
                        schema -> target,
                        List.of(),
                        PlanOptions.none());
                assertThat(steps).isNotEmpty();
                for (PlannedSteps.StepFile step : steps) {
                  ScriptRunner.run(c, step.sql(), false);
                }
                assertThat(differences(target, read(c, database)))
                    .as("the upgrade reaches the desired schema")
                    .isEmpty();
                upgraded.addAll(showCreateTables(c));
                assertThat(upgraded)
                    .as("the upgrade leaves the tables as they were created")
                    .isEqualTo(wantedTables);
                assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM " + table))
                    .isEqualTo(rows);
                for (PlannedSteps.StepFile step : undo) {
                  ScriptRunner.run(c, step.sql(), false);
                }
                assertThat(showCreateTables(c))
                    .as("the downgrade gives back the tables as they were")
                    .isEqualTo(before);
                assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM " + table))
                    .isEqualTo(rows);
              });
        });
    return upgraded;
  }

  /** Every table's {@code SHOW CREATE TABLE}, by name, without its AUTO_INCREMENT counter. */
  private static List<String> showCreateTables(Connection c) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW TABLES")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : names.stream().sorted().toList()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SHOW CREATE TABLE `" + name + "`")) {
        rs.next();
        out.add(rs.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", ""));
      }
    }
    return out;
  }

  private static Schema read(Connection c, String database) throws Exception {
    return new Introspector(MariaDbRoundTripIT.DIALECT).read(c, database).current();
  }

  private static List<String> differences(Schema expected, Schema found) {
    return new Differ()
        .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
  }
}
