package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

/** What the rules get from MySQL / MariaDB statements. */
class MysqlStatementReaderTest {

  private static final Dialect MARIADB = Dialects.forName("mariadb");

  private static LintStatement read(String sql) {
    return new StatementReader(MARIADB).read(new StatementSplitter(MARIADB).statement(sql, 1));
  }

  @Test
  void backticksKeepTheNameAsWrittenAndUnquotedNamesAreNotFolded() {
    LintStatement s = read("ALTER TABLE `Orders` ADD COLUMN `Note` VARCHAR(40) NULL");
    assertThat(s.table()).contains("Orders");
    assertThat(s.actions().get(0).column()).contains("Note");
    assertThat(read("ALTER TABLE Orders DROP COLUMN Note").table()).contains("Orders");
  }

  @Test
  void algorithmAndLockOptionsAreRead() {
    LintStatement s =
        read("ALTER TABLE `orders` ADD INDEX `idx` (`a`), ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(s.parser()).isEqualTo("jsqlparser");
    assertThat(s.actions())
        .extracting(AlterAction::kind)
        .containsExactly(ActionKind.ADD_INDEX, ActionKind.ALGORITHM, ActionKind.LOCK);
    assertThat(s.demandsOnline()).isTrue();
    assertThat(read("ALTER TABLE t ADD COLUMN c INT, ALGORITHM=COPY").asksToBlock()).isTrue();
    assertThat(read("ALTER TABLE t ADD COLUMN c INT, ALGORITHM=INSTANT").demandsOnline()).isTrue();
    assertThat(read("ALTER TABLE t ADD COLUMN c INT, ALGORITHM=INPLACE").demandsOnline()).isFalse();
  }

  @Test
  void createIndexOptionsFallBackToTokens() {
    LintStatement s = read("CREATE UNIQUE INDEX idx ON `orders` (a) ALGORITHM=INPLACE LOCK=NONE");
    assertThat(s.parser()).isEqualTo("tokens");
    assertThat(s.kind()).isEqualTo(StatementKind.CREATE_INDEX);
    assertThat(s.table()).contains("orders");
    assertThat(s.option(ActionKind.ALGORITHM)).contains("INPLACE");
    assertThat(s.option(ActionKind.LOCK)).contains("NONE");
  }

  @Test
  void changeColumnIsATypeChangeUnderTheOldNameThenARename() {
    LintStatement s =
        read("ALTER TABLE t CHANGE COLUMN name full_name VARCHAR(80) NOT NULL COMMENT 'x'");
    assertThat(s.actions())
        .extracting(AlterAction::kind)
        .containsExactly(ActionKind.ALTER_TYPE, ActionKind.RENAME_COLUMN, ActionKind.COMMENT);
    assertThat(s.actions().get(0).column()).contains("name");
    assertThat(s.actions().get(0).type()).contains("VARCHAR(80)");
    assertThat(s.actions().get(1).expression()).contains("full_name");
    assertThat(s.actions().get(2).expression()).contains("x");
  }

  @Test
  void modifyRebuildAndMysqlOnlyStatements() {
    assertThat(read("ALTER TABLE t MODIFY c BIGINT UNSIGNED NOT NULL").actions().get(0).type())
        .contains("BIGINT UNSIGNED");
    assertThat(read("ALTER TABLE t FORCE").actions().get(0).kind()).isEqualTo(ActionKind.REBUILD);
    assertThat(read("OPTIMIZE TABLE `t`").kind()).isEqualTo(StatementKind.OPTIMIZE);
    LintStatement rename = read("RENAME TABLE `a` TO `b`");
    assertThat(rename.kind()).isEqualTo(StatementKind.ALTER_TABLE);
    assertThat(rename.actions().get(0).expression()).contains("b");
    assertThat(read("ALTER TABLE t DROP FOREIGN KEY fk_x").actions().get(0).kind())
        .isEqualTo(ActionKind.DROP_CONSTRAINT);
    assertThat(read("ALTER ONLINE TABLE t ADD COLUMN c INT").option(ActionKind.LOCK))
        .contains("NONE");
  }

  @Test
  void sessionSettingsAreRead() {
    LintStatement s = read("SET SESSION lock_wait_timeout = 5");
    assertThat(s.kind()).isEqualTo(StatementKind.SET);
    assertThat(s.detail()).isEqualTo("lock_wait_timeout");
    assertThat(read("SET @@session.lock_wait_timeout = 5").detail()).isEqualTo("lock_wait_timeout");
    assertThat(read("SET foreign_key_checks = 0").actions().get(0).expression()).contains("0");
  }

  @Test
  void hashCommentsAndDoubleQuotedStringsAreNotCode() {
    LintStatement s = read("UPDATE t SET c = \"DROP TABLE x\" # DROP TABLE y\nWHERE id = 1");
    assertThat(s.kind()).isEqualTo(StatementKind.UPDATE);
    assertThat(s.table()).contains("t");
  }
}
