package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

/**
 * The version a user names ({@code lint --server-version}) or a server reports turns into the facts
 * lint judges with; the servers that cannot run here are checked as data.
 */
class ServerVersionFactsTest {

  @Test
  void postgresAddsEnumValuesInATransactionFrom12() {
    assertThat(Dialects.atVersion(PostgresDialect.create(), "11").capabilities())
        .matches(c -> !c.enumAddValueInTransaction());
    assertThat(Dialects.atVersion(PostgresDialect.create(), "11.22").capabilities())
        .matches(c -> !c.enumAddValueInTransaction());
    assertThat(Dialects.atVersion(PostgresDialect.create(), "12").capabilities())
        .matches(Capabilities::enumAddValueInTransaction);
    assertThat(Dialects.forServer(PostgresDialect.create(), "11.9 (Debian 11.9-1)").capabilities())
        .matches(c -> !c.enumAddValueInTransaction());
    // the default (no version known) is a current server
    assertThat(PostgresDialect.create().capabilities().enumAddValueInTransaction()).isTrue();
  }

  @Test
  void aNamedVersionKeepsTheFlavour() {
    Dialect maria103 = Dialects.atVersion(Dialects.forName("mariadb"), "10.3");
    Dialect maria104 = Dialects.atVersion(Dialects.forName("mariadb"), "10.4");
    // MariaDB 10.4 drops columns instantly, 10.3 does not; as MySQL, "10.3" would be newer than 8
    assertThat(maria103.capabilities().instantDropColumn()).isFalse();
    assertThat(maria104.capabilities().instantDropColumn()).isTrue();
    assertThat(maria103.capabilities().guardedDdl()).isFalse();
    assertThat(
            Dialects.atVersion(Dialects.forName("mariadb"), "10.5.2").capabilities().guardedDdl())
        .isTrue();
    Dialect mysql8020 = Dialects.atVersion(Dialects.forName("mysql"), "8.0.20");
    assertThat(mysql8020.capabilities().instantDropColumn()).isFalse();
    assertThat(mysql8020.capabilities().instantAddColumn()).isTrue();
    assertThat(mysql8020.capabilities().guardedDdl()).isFalse();
    assertThat(
            Dialects.atVersion(Dialects.forName("mysql"), "8.0.29")
                .capabilities()
                .instantDropColumn())
        .isTrue();
  }

  @Test
  void aNamedVersionKeepsTheTableNameRule() {
    Dialect lowered =
        MysqlDialect.create(
            MysqlFlavour.MARIADB, MysqlDialect.ASSUMED_MARIADB, TableNameCase.INSENSITIVE);
    assertThat(Dialects.atVersion(lowered, "10.6").identifiers().tableNames())
        .isEqualTo(TableNameCase.INSENSITIVE);
  }

  @Test
  void aVersionMustBeNumbers() {
    assertThatThrownBy(() -> Dialects.atVersion(PostgresDialect.create(), "latest"))
        .hasMessageContaining("--server-version 'latest' is not a version");
    assertThatThrownBy(() -> Dialects.atVersion(PostgresDialect.create(), "10.11-MariaDB"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theServerReportsItsTableNameRule() {
    Dialect generic = Dialects.forName("mysql");
    for (int setting = 0; setting <= 2; setting++) {
      TableNameCase rule = TableNameCase.ofLowerCaseTableNames(setting);
      Dialect d = Dialects.forServer(generic, "10.11.19-MariaDB", "", rule);
      assertThat(d.identifiers().tableNames()).isEqualTo(rule);
      assertThat(d.identifiers().caseSensitiveTables()).isEqualTo(setting == 0);
    }
  }
}
