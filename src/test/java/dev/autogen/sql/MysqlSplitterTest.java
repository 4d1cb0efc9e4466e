package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlSplitterTest {
  private static final StatementSplitter SPLITTER =
      new StatementSplitter(Dialects.forName("mysql"));

  private static List<String> split(String sql) {
    return SPLITTER.split(sql).stream().map(SqlStatement::text).toList();
  }

  @Test
  void backticksAndBothQuoteStylesKeepTheirSemicolons() {
    assertThat(
            split(
                "create table `we;ird``x` (id int);\n"
                    + "insert into t values ('a;b', 'it''s;', 'don\\'t;', \"dq;\\\"x\");select 2"))
        .containsExactly(
            "create table `we;ird``x` (id int)",
            "insert into t values ('a;b', 'it''s;', 'don\\'t;', \"dq;\\\"x\")",
            "select 2");
  }

  @Test
  void hashAndDashSpaceCommentsButNotArithmetic() {
    assertThat(
            split("# a comment; still\nselect 1; -- another; one\nselect 5--1;\nselect 3 /* ;x */"))
        .containsExactly("select 1", "select 5--1", "select 3 /* ;x */");
  }

  @Test
  void delimiterBlocksKeepTriggerBodiesWhole() {
    String trigger =
        "CREATE TRIGGER t_sync BEFORE INSERT ON t FOR EACH ROW\n"
            + "BEGIN\n  SET NEW.b = NEW.a;\n  IF NEW.a IS NULL THEN SET NEW.a = 0; END IF;\nEND";
    List<SqlStatement> statements =
        SPLITTER.split(
            "create table t (a int, b int);\nDELIMITER //\n"
                + trigger
                + " //\nDELIMITER ;\ninsert into t (a) values (1);");
    assertThat(statements)
        .extracting(SqlStatement::text)
        .containsExactly("create table t (a int, b int)", trigger, "insert into t (a) values (1)");
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 9);
  }

  @Test
  void routineBodiesWithoutDelimiterStayWhole() {
    String procedure =
        "CREATE PROCEDURE p()\nBEGIN\n  DECLARE x INT DEFAULT 0;\n"
            + "  SET x = CASE WHEN x > 0 THEN 1 ELSE 2 END;\n"
            + "  WHILE x < 3 DO SET x = x + 1; END WHILE;\nEND";
    assertThat(split(procedure + ";\nselect 1;")).containsExactly(procedure, "select 1");
  }

  @Test
  void beginAsATransactionIsAStatementOfItsOwn() {
    assertThat(split("BEGIN; insert into t values (1); COMMIT;"))
        .containsExactly("BEGIN", "insert into t values (1)", "COMMIT");
  }
}
