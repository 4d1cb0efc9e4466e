package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityModel;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.plan.PlanOptions;
import dev.autogen.verify.Verifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One round trip on the local MariaDB: the tables some DDL makes (rows included) are planned to
 * those other DDL makes; the upgrade and the downgrade are applied, each checked against its schema
 * as autogen compares them, with the rows kept. What {@code SHOW CREATE TABLE} says at each point
 * is handed back for what autogen's comparison leaves out.
 */
final class MariaDbRoundTrips {

  private MariaDbRoundTrips() {}

  /**
   * The SQL of the upgrade and the downgrade, and every table's {@code SHOW CREATE TABLE} (sorted
   * by name) before, as the desired DDL made them, after the upgrade and after the downgrade.
   */
  record RoundTrip(
      String sql,
      List<String> before,
      List<String> desired,
      List<String> upgraded,
      List<String> downgraded) {}

  /**
   * Plans from the tables {@code current} makes (rows included) to those {@code desired} makes,
   * applies the upgrade and the downgrade, checks each against its schema and that {@code table}
   * keeps its {@code rows}.
   */
  static RoundTrip run(List<String> current, List<String> desired, String table, long rows)
      throws Exception {
    return run(current, desired, Optional.empty(), table, rows);
  }

  /**
   * The same, planned to the schema {@code entities} map (with what they say beside it, such as a
   * columnDefinition's spelling), which must read as no change from the tables {@code desired}
   * makes: the DDL Hibernate writes for those entities.
   */
  static RoundTrip run(
      List<String> current, List<String> desired, EntityModel entities, String table, long rows)
      throws Exception {
    return run(current, desired, Optional.of(entities), table, rows);
  }

  private static RoundTrip run(
      List<String> current,
      List<String> desired,
      Optional<EntityModel> entities,
      String table,
      long rows)
      throws Exception {
    PlanOptions options =
        entities
            .map(e -> PlanOptions.none().withEncodings(e.encodings()))
            .orElse(PlanOptions.none());
    StringBuilder sql = new StringBuilder();
    List<List<String>> tables = new ArrayList<>();
    LocalMariaDb.inDatabase(
        "it_round_want",
        (w, wanted) -> {
          for (String ddl : desired) {
            LocalMariaDb.execute(w, ddl);
          }
          Schema made = read(w, wanted);
          Schema target = entities.map(EntityModel::desired).orElse(made);
          assertThat(differences(made, target))
              .as("the entities map the tables the desired DDL makes")
              .isEmpty();
          List<String> wantedTables = showCreateTables(w);
          LocalMariaDb.inDatabase(
              "it_round",
              (c, database) -> {
                for (String ddl : current) {
                  LocalMariaDb.execute(c, ddl);
                }
                Schema before = read(c, database);
                tables.add(showCreateTables(c));
                tables.add(wantedTables);
                List<PlannedSteps.StepFile> steps =
                    PlannedSteps.plan(
                        MariaDbRoundTripIT.DIALECT,
                        c,
                        database,
                        schema -> target,
                        List.of(),
                        options);
                List<PlannedSteps.StepFile> undo =
                    PlannedSteps.undo(
                        MariaDbRoundTripIT.DIALECT,
                        c,
                        database,
                        schema -> target,
                        List.of(),
                        options);
                assertThat(steps).isNotEmpty();
                apply(c, steps, sql);
                assertThat(differences(target, read(c, database)))
                    .as("the upgrade reaches the desired schema")
                    .isEmpty();
                tables.add(showCreateTables(c));
                assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM " + table))
                    .isEqualTo(rows);
                apply(c, undo, sql);
                assertThat(differences(before, read(c, database)))
                    .as("the downgrade brings the schema before back")
                    .isEmpty();
                tables.add(showCreateTables(c));
                assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM " + table))
                    .isEqualTo(rows);
              });
        });
    return new RoundTrip(
        sql.toString(), tables.get(0), tables.get(1), tables.get(2), tables.get(3));
  }

  /** Runs {@code files} in order, adding their text to {@code sql}. */
  private static void apply(Connection c, List<PlannedSteps.StepFile> files, StringBuilder sql)
      throws Exception {
    for (PlannedSteps.StepFile file : files) {
      sql.append(file.sql());
      ScriptRunner.run(c, file.sql(), false);
    }
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
