package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

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
   * A foreign key whose definition changes (here its ON DELETE) is dropped and added again; the
   * index the server made for it, named after its column for a key added without a name, must be
   * the one it has again, after the upgrade and after the downgrade.
   */
  @Test
  void anUnnamedKeyWhoseActionChangesKeepsTheIndexItHad() throws Exception {
    List<String> tables =
        roundTrip(
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, FOREIGN KEY (owner_id)"
                    + " REFERENCES owners (id))",
                "INSERT INTO owners VALUES (1), (2)",
                "INSERT INTO pets VALUES (10, 1), (11, 2), (12, NULL)"),
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, FOREIGN KEY (owner_id)"
                    + " REFERENCES owners (id) ON DELETE CASCADE)"),
            "pets",
            3);
    assertThat(tables.get(1)).contains("KEY `owner_id` (`owner_id`)");
  }

  /**
   * An unnamed key replaced by a named one over the same column with another action: the index
   * keeps the name the server gave it for the old key.
   */
  @Test
  void aKeyReplacedUnderAnotherNameKeepsTheIndexItHad() throws Exception {
    List<String> tables =
        roundTrip(
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, FOREIGN KEY (owner_id)"
                    + " REFERENCES owners (id))",
                "INSERT INTO owners VALUES (1), (2)",
                "INSERT INTO pets VALUES (10, 1), (11, 2), (12, NULL)"),
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, KEY owner_id (owner_id),"
                    + " CONSTRAINT pets_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id) ON"
                    + " DELETE CASCADE)"),
            "pets",
            3);
    assertThat(tables.get(1)).contains("CONSTRAINT `pets_owner_fk`");
  }

  /** The same for a named key, whose server-made index has the key's name. */
  @Test
  void aNamedKeyWhoseActionChangesKeepsTheIndexItHad() throws Exception {
    List<String> tables =
        roundTrip(
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, CONSTRAINT pets_owner_fk"
                    + " FOREIGN KEY (owner_id) REFERENCES owners (id))",
                "INSERT INTO owners VALUES (1), (2)",
                "INSERT INTO pets VALUES (10, 1), (11, 2), (12, NULL)"),
            List.of(
                OWNERS,
                "CREATE TABLE pets (id int PRIMARY KEY, owner_id int, CONSTRAINT pets_owner_fk"
                    + " FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE)"),
            "pets",
            3);
    assertThat(tables.get(1)).contains("KEY `pets_owner_fk` (`owner_id`)");
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
   * Round trip of {@link MariaDbRoundTrips#run}, checking that the upgrade leaves every table as
   * the desired DDL made it and the downgrade as it was, to the letter of {@code SHOW CREATE
   * TABLE}; returns the tables as the upgrade left them.
   */
  private static List<String> roundTrip(
      List<String> current, List<String> desired, String table, long rows) throws Exception {
    MariaDbRoundTrips.RoundTrip trip = MariaDbRoundTrips.run(current, desired, table, rows);
    assertThat(trip.upgraded())
        .as("the upgrade leaves the tables as they were created")
        .isEqualTo(trip.desired());
    assertThat(trip.downgraded())
        .as("the downgrade gives back the tables as they were")
        .isEqualTo(trip.before());
    return trip.upgraded();
  }
}
