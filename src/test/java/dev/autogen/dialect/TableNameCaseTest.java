package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Identifier;
import org.junit.jupiter.api.Test;

/** MySQL's lower_case_table_names 0, 1 and 2, as the server documents them. */
class TableNameCaseTest {

  private static Dialect mariaDb(TableNameCase rule) {
    return MysqlDialect.create(MysqlFlavour.MARIADB, MysqlDialect.ASSUMED_MARIADB, rule);
  }

  @Test
  void zeroStoresAsWrittenAndComparesExactly() {
    TableNameCase rule = TableNameCase.ofLowerCaseTableNames(0);
    assertThat(rule).isEqualTo(TableNameCase.SENSITIVE);
    assertThat(rule.sameTable("Ticket", "ticket")).isFalse();
    assertThat(rule.sameTable("ticket", "ticket")).isTrue();
    assertThat(mariaDb(rule).identifiers().fromSql("Ticket")).isEqualTo(Identifier.of("Ticket"));
    assertThat(mariaDb(rule).identifiers().caseSensitiveTables()).isTrue();
  }

  @Test
  void oneStoresInLowerCaseAndComparesInLowerCase() {
    TableNameCase rule = TableNameCase.ofLowerCaseTableNames(1);
    assertThat(rule).isEqualTo(TableNameCase.LOWERED);
    assertThat(rule.sameTable("Ticket", "ticket")).isTrue();
    assertThat(mariaDb(rule).identifiers().fromSql("Ticket")).isEqualTo(Identifier.of("ticket"));
    assertThat(mariaDb(rule).identifiers().fromSql("`Ticket`")).isEqualTo(Identifier.of("ticket"));
    assertThat(mariaDb(rule).identifiers().caseSensitiveTables()).isFalse();
  }

  @Test
  void twoStoresAsWrittenAndComparesInLowerCase() {
    TableNameCase rule = TableNameCase.ofLowerCaseTableNames(2);
    assertThat(rule).isEqualTo(TableNameCase.INSENSITIVE);
    assertThat(rule.sameTable("Ticket", "TICKET")).isTrue();
    assertThat(rule.sameTable("Ticket", "Tickets")).isFalse();
    // the spelling is kept: only comparisons ignore case
    assertThat(mariaDb(rule).identifiers().fromSql("Ticket")).isEqualTo(Identifier.of("Ticket"));
    assertThat(mariaDb(rule).identifiers().caseSensitiveTables()).isFalse();
  }

  @Test
  void anUnknownSettingReadsAsTheDefault() {
    assertThat(TableNameCase.ofLowerCaseTableNames(7)).isEqualTo(TableNameCase.SENSITIVE);
  }
}
