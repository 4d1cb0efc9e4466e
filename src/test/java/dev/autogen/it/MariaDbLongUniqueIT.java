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
}
