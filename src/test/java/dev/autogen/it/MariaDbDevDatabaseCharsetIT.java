package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The throwaway database on a MariaDB dev server takes the character set and collation of the
 * database the dev URL names: Keycloak's changelogs expect {@code utf8mb3}, where a key over four
 * {@code varchar(255)} columns is 3,060 bytes (4,080 in {@code utf8mb4}, over InnoDB's 3,072).
 */
class MariaDbDevDatabaseCharsetIT {

  private static final String WIDE_KEY =
      "CREATE TABLE realm_attribute (a varchar(255), b varchar(255), c varchar(255),"
          + " d varchar(255), KEY wide (a, b, c, d))";

  @Test
  void theReplayDatabaseHasTheCharacterSetOfTheDatabaseTheUrlNames() throws Exception {
    String named = LocalMariaDb.newDatabaseName("charset");
    try (Connection c = LocalMariaDb.connect()) {
      LocalMariaDb.execute(
          c, "CREATE DATABASE `" + named + "` CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci");
    }
    try (DevDatabase db = DevDatabases.open(LocalMariaDb.urlOf(named), null, null);
        Connection c = db.connect();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT @@character_set_database, @@collation_database")) {
        rs.next();
        assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("utf8mb3 utf8mb3_unicode_ci");
      }
      s.execute(WIDE_KEY);
    } finally {
      LocalMariaDb.dropDatabase(named);
    }
  }
}
