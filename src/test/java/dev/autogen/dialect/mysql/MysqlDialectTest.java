package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.model.Identifier;
import org.junit.jupiter.api.Test;

class MysqlDialectTest {

  @Test
  void urlsAndNamesPickTheMysqlDialect() {
    assertThat(Dialects.forUrl("jdbc:mysql://127.0.0.1:3306/test?user=root").name())
        .isEqualTo("mysql");
    assertThat(Dialects.forUrl("jdbc:mariadb://127.0.0.1/test").name()).isEqualTo("mysql");
    assertThat(Dialects.forName("MariaDB").name()).isEqualTo("mysql");
    assertThat(Dialects.forName("mysql").capabilities().transactionalDdl()).isFalse();
  }

  @Test
  void theVersionTextTellsMariaDbFromMysql() {
    Dialect generic = Dialects.forName("mysql");
    Dialect maria = Dialects.forServer(generic, "10.11.19-MariaDB-0+deb12u1");
    Dialect oldPrefix = Dialects.forServer(generic, "5.5.5-10.2.44-MariaDB");
    Dialect mysql = Dialects.forServer(generic, "8.0.28");
    // uuid is a MariaDB 10.7+ type; MySQL keeps binary(16)
    assertThat(maria.types().forKind(dev.autogen.dialect.JdbcKind.UUID, none()).toString())
        .isEqualTo("uuid");
    assertThat(mysql.types().forKind(dev.autogen.dialect.JdbcKind.UUID, none()).toString())
        .isEqualTo("binary(16)");
    assertThat(oldPrefix.capabilities().instantAddColumn()).as("10.2 has no instant ADD").isFalse();
    assertThat(oldPrefix.capabilities().enforcedChecks()).isTrue();
    assertThat(Dialects.forServer(generic, "no version here")).isSameAs(generic);
  }

  @Test
  void onlineDdlFactsFollowTheVersion() {
    assertThat(mysql(8, 0, 11).instantAddColumn()).isFalse();
    assertThat(mysql(8, 0, 12).instantAddColumn()).isTrue();
    assertThat(mysql(8, 0, 28).instantAddColumnAnyPosition()).isFalse();
    assertThat(mysql(8, 0, 29).instantAddColumnAnyPosition()).isTrue();
    assertThat(mysql(8, 0, 29).instantDropColumn()).isTrue();
    assertThat(mysql(8, 0, 15).enforcedChecks()).isFalse();
    assertThat(mysql(8, 0, 16).enforcedChecks()).isTrue();
    assertThat(maria(10, 3).instantAddColumn()).isTrue();
    assertThat(maria(10, 3).instantAddColumnAnyPosition()).isFalse();
    assertThat(maria(10, 4).instantDropColumn()).isTrue();
    Capabilities c = maria(10, 11);
    assertThat(c.onlineAlterClauses()).isTrue();
    assertThat(c.onlineIndexBuild()).isTrue();
    assertThat(c.concurrentIndex()).isFalse();
    assertThat(c.notValidConstraints()).isFalse();
    assertThat(c.fastDefaultAddColumn()).isTrue();
  }

  @Test
  void namesAreQuotedWithBackticks() {
    Dialect d = MysqlDialect.create();
    assertThat(d.quote(Identifier.of("order"))).isEqualTo("`order`");
    assertThat(d.quote(Identifier.of("we`ird"))).isEqualTo("`we``ird`");
    assertThat(d.identifiers().fromSql("`we``ird`")).isEqualTo(Identifier.of("we`ird"));
    assertThat(d.identifiers().fold("Customer")).isEqualTo(Identifier.of("Customer"));
    assertThat(d.identifiers().caseSensitiveColumns()).isFalse();
    assertThat(d.identifiers().caseSensitiveTables()).isTrue();
    Dialect lower = MysqlDialect.create(MysqlFlavour.MYSQL, MysqlDialect.ASSUMED_MYSQL, true);
    assertThat(lower.identifiers().fold("Customer")).isEqualTo(Identifier.of("customer"));
    assertThat(lower.identifiers().caseSensitiveTables()).isFalse();
    assertThat(d.identifiers().maxLength()).isEqualTo(64);
  }

  private static Capabilities mysql(int major, int minor, int patch) {
    return MysqlDialect.create(MysqlFlavour.MYSQL, new ServerVersion(major, minor, patch))
        .capabilities();
  }

  private static Capabilities maria(int major, int minor) {
    return MysqlDialect.create(MysqlFlavour.MARIADB, new ServerVersion(major, minor, 0))
        .capabilities();
  }

  private static dev.autogen.dialect.ColumnSize none() {
    return dev.autogen.dialect.ColumnSize.none();
  }
}
