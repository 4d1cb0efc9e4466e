package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * InnoDB clusters a table's rows on its primary key, else on a unique key over NOT NULL columns,
 * and refuses to drop that key in place when nothing else is left to cluster on (error 1846).
 * Spring PetClinic's MySQL schema has such a join table (a unique key, no primary key), which
 * Hibernate 7 maps with a primary key: autogen's migration stopped at the unique key's drop, and
 * its downgrade at the primary key's. Each case applies the upgrade with rows present, compares
 * with the desired schema, runs the downgrade and compares with the schema before.
 */
class MariaDbClusteredKeyIT {

  private static final String ROWS = "INSERT INTO vet_specialties VALUES (1, 10), (1, 11), (2, 10)";

  @Test
  void aUniqueKeyTheRowsClusterOnMakesWayForThePrimaryKeyInPlace() throws Exception {
    String sql =
        roundTrip(
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " UNIQUE KEY vet_id (vet_id, specialty_id))",
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " PRIMARY KEY (specialty_id, vet_id))");
    assertThat(sql).doesNotContain("ALGORITHM=COPY");
    assertThat(sql.indexOf("ADD PRIMARY KEY"))
        .as("the key goes in before the unique key it replaces goes out")
        .isLessThan(sql.indexOf("DROP CONSTRAINT IF EXISTS `vet_id`"));
  }

  @Test
  void thePrimaryKeyAddedToATableWithNoKeyIsDroppedByACopyInTheDowngrade() throws Exception {
    String sql =
        roundTrip(
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL)",
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " PRIMARY KEY (vet_id, specialty_id))");
    assertThat(sql)
        .contains("ADD PRIMARY KEY (`vet_id`, `specialty_id`), ALGORITHM=INPLACE")
        .contains("DROP CONSTRAINT IF EXISTS `PRIMARY`, ALGORITHM=COPY, LOCK=SHARED");
  }

  @Test
  void theLastKeyTheRowsClusterOnIsDroppedByACopy() throws Exception {
    String sql =
        roundTrip(
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " UNIQUE KEY vet_id (vet_id, specialty_id))",
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL)");
    assertThat(sql).contains("DROP CONSTRAINT IF EXISTS `vet_id`, ALGORITHM=COPY, LOCK=SHARED");
  }

  @Test
  void aPrimaryKeyDroppedWithNothingToTakeItsPlaceIsDroppedByACopy() throws Exception {
    String sql =
        roundTrip(
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " PRIMARY KEY (vet_id, specialty_id))",
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL)");
    assertThat(sql).contains("ALGORITHM=COPY, LOCK=SHARED");
  }

  @Test
  void aUniqueKeyDroppedBesideAnotherThatStaysIsDroppedInPlace() throws Exception {
    String sql =
        roundTrip(
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " UNIQUE KEY vet_id (vet_id, specialty_id), UNIQUE KEY pair (specialty_id,"
                + " vet_id))",
            "CREATE TABLE vet_specialties (vet_id int NOT NULL, specialty_id int NOT NULL,"
                + " UNIQUE KEY pair (specialty_id, vet_id))");
    assertThat(sql).doesNotContain("ALGORITHM=COPY");
  }

  /**
   * Plans from a table made by {@code currentDdl} to one made by {@code desiredDdl}, applies the
   * upgrade and the downgrade with rows present, and returns the upgrade and downgrade SQL.
   */
  private static String roundTrip(String currentDdl, String desiredDdl) throws Exception {
    return roundTrip(List.of(currentDdl, ROWS), List.of(desiredDdl), "vet_specialties", 3);
  }

  /**
   * Plans from the tables {@code current} makes (rows included) to those {@code desired} makes,
   * applies the upgrade and the downgrade, checks each against its schema and that {@code table}
   * keeps its {@code rows}, and returns the upgrade and downgrade SQL.
   */
  static String roundTrip(List<String> current, List<String> desired, String table, long rows)
      throws Exception {
    return MariaDbRoundTrips.run(current, desired, table, rows).sql();
  }
}
