package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.ScriptSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting MySQL / MariaDB scripts the way the mysql client and Flyway do. */
class MysqlScriptTest {

  private static List<SqlStatement> split(String sql) {
    return SqlScript.statements(sql, ScriptSyntax.MYSQL);
  }

  @Test
  void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
    List<SqlStatement> s =
        split(
            "# a comment; with a semicolon\n"
                + "INSERT INTO `a;b` VALUES ('it\\'s; here', \"x;\\\"y\");\n"
                + "-- another; comment\n"
                + "/* block; */ UPDATE t SET c = 1;\n");
    assertThat(s)
        .extracting(SqlStatement::text)
        .containsExactly(
            "INSERT INTO `a;b` VALUES ('it\\'s; here', \"x;\\\"y\")", "UPDATE t SET c = 1");
    assertThat(s).extracting(SqlStatement::line).containsExactly(2, 4);
  }

  @Test
  void delimiterLinesChangeTheTerminatorAndAreNoStatements() {
    List<SqlStatement> s =
        split(
            "SET SESSION lock_wait_timeout = 5;\n"
                + "DELIMITER //\n"
                + "CREATE TRIGGER t1 AFTER UPDATE ON t FOR EACH ROW\n"
                + "BEGIN\n"
                + "  INSERT INTO log VALUES (NEW.id);\n"
                + "  SET @x = 1;\n"
                + "END //\n"
                + "delimiter ;\n"
                + "DROP TABLE old_t;\n");
    assertThat(s).extracting(SqlStatement::line).containsExactly(1, 3, 9);
    assertThat(s.get(1).text())
        .startsWith("CREATE TRIGGER t1")
        .contains("SET @x = 1;")
        .endsWith("END");
    assertThat(s.get(2).text()).isEqualTo("DROP TABLE old_t");
  }

  @Test
  void versionCommentsAreCodeAndDashesNeedASpace() {
    List<SqlStatement> s = split("/*!40101 SET NAMES utf8mb4 */;\nSELECT 1--1;\n");
    assertThat(s)
        .extracting(SqlStatement::text)
        .containsExactly("/*!40101 SET NAMES utf8mb4 */", "SELECT 1--1");
  }

  @Test
  void postgresSyntaxKeepsThePostgresSplitter() {
    assertThat(SqlScript.statements("SELECT '#'; SELECT $$a;b$$", ScriptSyntax.POSTGRES))
        .extracting(SqlStatement::text)
        .containsExactly("SELECT '#'", "SELECT $$a;b$$");
  }
}
