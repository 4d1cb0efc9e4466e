package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL's and MariaDB's lexical rules as the splitter and the tokenizer follow them. */
class MysqlLexicalRulesTest {
  private static final StatementSplitter SPLITTER =
      new StatementSplitter(Dialects.forName("mariadb"));

  private static List<String> split(String sql) {
    return SPLITTER.split(sql).stream().map(SqlStatement::text).toList();
  }

  @Test
  void aDelimiterTouchingAWordStillEndsTheStatement() {
    String procedure = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND";
    assertThat(split("DELIMITER $$\n" + procedure + "$$\nDELIMITER ;\nselect 2;"))
        .containsExactly(procedure, "select 2");
  }

  @Test
  void definerClausesAndOrReplaceStillMakeARoutine() {
    String trigger =
        "CREATE OR REPLACE DEFINER = CURRENT_USER TRIGGER trg BEFORE INSERT ON t FOR EACH ROW"
            + " BEGIN SET NEW.a = 1; SET NEW.b = 2; END";
    String function =
        "CREATE DEFINER=`root`@`%` FUNCTION f() RETURNS INT DETERMINISTIC"
            + " BEGIN DECLARE x INT; SET x = 1; RETURN x; END";
    assertThat(split(trigger + ";\n" + function + ";\nselect 3"))
        .containsExactly(trigger, function, "select 3");
  }

  @Test
  void aTableWithColumnsNamedLikeBlockWordsIsNoRoutine() {
    assertThat(split("CREATE TABLE t (event int, `begin` int, end_at int); select 1"))
        .containsExactly("CREATE TABLE t (event int, `begin` int, end_at int)", "select 1");
  }

  @Test
  void beginNotAtomicBlocksRunAsOneStatement() {
    String block = "BEGIN NOT ATOMIC\n  SELECT 1;\n  IF 1 THEN SELECT 2; END IF;\nEND";
    assertThat(split(block + ";\nselect 3")).containsExactly(block, "select 3");
  }

  @Test
  void labelledEndAndEndCaseCloseTheirBlocks() {
    String procedure =
        "CREATE PROCEDURE p() lbl: BEGIN CASE WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;"
            + " LOOP LEAVE lbl; END LOOP; END lbl";
    assertThat(split(procedure + "; select 3")).containsExactly(procedure, "select 3");
  }
}
