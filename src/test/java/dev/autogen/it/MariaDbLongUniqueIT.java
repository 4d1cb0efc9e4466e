package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unique key longer than InnoDB's 3,072-byte index limit, which MariaDB keeps as a hash over a
 * hidden virtual column: hawkBit's {@code sp_auto_assignment (name, query)} over {@code
 * varchar(128)} and {@code varchar(1024)}. The server adds it only by copying the table (autogen's
 * in-place add stopped -m's migration), and {@code DROP CONSTRAINT IF EXISTS} does not find it, so
 * the downgrade left it in place without a word. Each case applies the upgrade with rows present
 * and the downgrade, comparing with the schema on each side.
 */
class MariaDbLongUniqueIT {

  private static final String TABLE =
      "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024))";
  private static final String ROWS =
      "INSERT INTO rule VALUES (1, 'a', 'x=1'), (2, 'a', 'x=2'), (3, NULL, NULL)";
  private static final String KEY = "ALTER TABLE rule ADD CONSTRAINT rule_uk UNIQUE (name, query)";

  @Test
  void aLongUniqueKeyIsAddedByACopyAndDroppedAsAnIndex() throws Exception {
    String sql =
        MariaDbClusteredKeyIT.roundTrip(List.of(TABLE, ROWS), List.of(TABLE, KEY), "rule", 3);
    assertThat(sql)
        .contains("ALGORITHM=COPY, LOCK=SHARED")
        .contains("DROP INDEX IF EXISTS `rule_uk`")
        .doesNotContain("DROP CONSTRAINT IF EXISTS `rule_uk`");
  }

  @Test
  void aLongUniqueKeyIsDroppedAsAnIndexAndAddedBackByACopy() throws Exception {
    String sql =
        MariaDbClusteredKeyIT.roundTrip(List.of(TABLE, KEY, ROWS), List.of(TABLE), "rule", 3);
    assertThat(sql)
        .contains("DROP INDEX IF EXISTS `rule_uk`")
        .contains("ALGORITHM=COPY, LOCK=SHARED")
        .doesNotContain("DROP CONSTRAINT IF EXISTS `rule_uk`");
  }

  @Test
  void aUniqueKeyWithinTheLimitStaysInPlace() throws Exception {
    String table = "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(640))";
    String sql =
        MariaDbClusteredKeyIT.roundTrip(List.of(table, ROWS), List.of(table, KEY), "rule", 3);
    assertThat(sql).doesNotContain("ALGORITHM=COPY");
  }

  private static final String OWNER = "CREATE TABLE owner (id int PRIMARY KEY)";
  private static final String OWNERS = "INSERT INTO owner VALUES (1), (2)";
  private static final String WIDE =
      "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024),"
          + " note varchar(20), owner_id int)";
  private static final String WIDE_ROWS =
      "INSERT INTO rule VALUES (1, 'a', 'x=1', 'n', 1), (2, 'a', 'x=2', NULL, 2),"
          + " (3, NULL, NULL, NULL, NULL)";
  private static final String CHANGED =
      "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024),"
          + " owner_id int NOT NULL DEFAULT 1, extra int, KEY rule_owner_ix (owner_id))";

  /**
   * While the table holds the hash, MariaDB 10.11 refuses every other change to it in place or
   * instantly (error 1846, "INPLACE ADD or DROP of virtual columns cannot be combined with other
   * ALTER TABLE actions"): a column added and dropped, an index, NOT NULL and a default, each
   * undone too, are written as copies.
   */
  @Test
  void everyOtherChangeToATableHoldingALongUniqueKeyIsACopy() throws Exception {
    String wideRows = WIDE_ROWS.replace("NULL, NULL, NULL, NULL)", "NULL, NULL, NULL, 1)");
    String sql =
        MariaDbClusteredKeyIT.roundTrip(
            List.of(OWNER, OWNERS, WIDE, KEY, wideRows), List.of(OWNER, CHANGED, KEY), "rule", 3);
    // the statements, not the headers (which may name in-place remedies)
    String statements = sql.replaceAll("(?m)^--.*$", "");
    assertThat(statements)
        .contains("ALGORITHM=COPY")
        .doesNotContain("ALGORITHM=INPLACE")
        .doesNotContain("ALGORITHM=INSTANT");
  }

  /** The step that adds the hash changes the table by copies on both sides of the add. */
  @Test
  void changesInTheStepThatAddsALongUniqueKeyAreCopies() throws Exception {
    String table = "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024))";
    String desired =
        "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024), extra int,"
            + " KEY rule_name_ix (name))";
    String sql =
        MariaDbClusteredKeyIT.roundTrip(List.of(table, ROWS), List.of(desired, KEY), "rule", 3);
    // the undo's drop of the only hash, which leaves no hidden column, is the one made in place
    assertThat(sql.split("ALGORITHM=INPLACE", -1)).hasSize(2);
    assertThat(sql)
        .contains("DROP INDEX IF EXISTS `rule_uk`, ALGORITHM=INPLACE")
        .doesNotContain("ALGORITHM=INSTANT");
  }

  /**
   * hawkBit from an empty schema: a table created with the hash, then its foreign key added to it
   * (in place with foreign_key_checks=0 on any other table).
   */
  @Test
  void aForeignKeyAddedToANewTableWithALongUniqueKeyIsACopy() throws Exception {
    String created =
        "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024),"
            + " owner_id int, CONSTRAINT rule_uk UNIQUE (name, query),"
            + " CONSTRAINT rule_owner_fk FOREIGN KEY (owner_id) REFERENCES owner (id))";
    String sql =
        MariaDbClusteredKeyIT.roundTrip(
            List.of(OWNER, OWNERS), List.of(OWNER, created), "owner", 2);
    assertThat(sql).contains("FOREIGN KEY").doesNotContain("ALGORITHM=INPLACE");
  }

  /**
   * A foreign key dropped from a table holding the hash: a copy, written {@code DROP FOREIGN KEY}
   * (MariaDB 10.11 ends {@code DROP CONSTRAINT fk, ALGORITHM=COPY} without an error and keeps the
   * key; in place it stops with error 1846).
   */
  @Test
  void aForeignKeyDroppedFromATableWithALongUniqueKeyIsACopy() throws Exception {
    String withKey =
        "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024),"
            + " owner_id int, CONSTRAINT rule_uk UNIQUE (name, query),"
            + " CONSTRAINT rule_owner_fk FOREIGN KEY (owner_id) REFERENCES owner (id))";
    String rows = "INSERT INTO rule VALUES (1, 'a', 'x=1', 1), (2, 'a', 'x=2', 2)";
    String without =
        "CREATE TABLE rule (id int PRIMARY KEY, name varchar(128), query varchar(1024),"
            + " owner_id int, CONSTRAINT rule_uk UNIQUE (name, query))";
    String sql =
        MariaDbClusteredKeyIT.roundTrip(
            List.of(OWNER, OWNERS, withKey, rows), List.of(OWNER, without), "rule", 2);
    assertThat(sql)
        .contains("DROP FOREIGN KEY IF EXISTS `rule_owner_fk`, ALGORITHM=COPY")
        .doesNotContain("DROP CONSTRAINT IF EXISTS `rule_owner_fk`");
  }

  /**
   * A column widened under a unique key past the limit: MariaDB 10.11 refuses the MODIFY in place
   * (error 1846) and with ALGORITHM=COPY turns the key into a hash without a word, so the widening
   * and every other change to the table are copies, and the header says why rather than "only
   * touches the catalog" and "in place"; the downgrade's narrowing, a copy too, makes it an
   * ordinary key again.
   */
  @Test
  void aColumnWidenedUnderAUniqueKeyPastTheLimitMakesItAHashByACopy() throws Exception {
    MariaDbRoundTrips.RoundTrip trip =
        MariaDbRoundTrips.run(
            List.of(
                "CREATE TABLE rule (id int PRIMARY KEY, name varchar(255), note varchar(20),"
                    + " CONSTRAINT rule_uk UNIQUE (name))",
                "INSERT INTO rule VALUES (1, 'a', 'x'), (2, 'b', 'y'), (3, NULL, 'z')"),
            List.of(
                "CREATE TABLE rule (id int PRIMARY KEY, name varchar(1000), note varchar(20) NOT"
                    + " NULL, CONSTRAINT rule_uk UNIQUE (name))"),
            "rule",
            3);
    assertThat(trip.upgraded()).isEqualTo(trip.desired());
    assertThat(trip.upgraded().get(0)).contains("UNIQUE KEY `rule_uk` (`name`) USING HASH");
    assertThat(trip.downgraded()).isEqualTo(trip.before());
    String statements = trip.sql().replaceAll("(?m)^--.*$", "");
    assertThat(statements)
        .contains("MODIFY COLUMN `name` varchar(1000) NULL, ALGORITHM=COPY, LOCK=SHARED")
        .doesNotContain("ALGORITHM=INPLACE")
        .doesNotContain("ALGORITHM=INSTANT");
    assertThat(trip.sql())
        .contains(
            "unique key rule_uk becomes longer than the index limit with the new type of name")
        .doesNotContain("only touches the catalog")
        .doesNotContain("in place (ALGORITHM=INPLACE)");
  }
}
