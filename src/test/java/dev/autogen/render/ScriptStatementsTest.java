package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptStatementsTest {

  @Test
  void aBodyKeepsItsSemicolonsUntilTheBlankLineThatEndsTheStatement() {
    String text =
        "DO $autogen$\nDECLARE\n  n bigint;\nBEGIN\n  n := 1;\nEND\n$autogen$;\n\nSELECT 2";
    assertThat(ScriptStatements.operation(text))
        .containsExactly(
            "DO $autogen$\nDECLARE\n  n bigint;\nBEGIN\n  n := 1;\nEND\n$autogen$", "SELECT 2");
  }

  @Test
  void delimiterLinesChangeTheTerminatorAndAreNotStatements() {
    String text =
        "DROP PROCEDURE IF EXISTS p;\n\nDELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n"
            + "  SELECT 1;\n\n  SELECT 2;\nEND //\nDELIMITER ;\n\nCALL p();\n\nDROP PROCEDURE p";
    assertThat(ScriptStatements.operation(text))
        .containsExactly(
            "DROP PROCEDURE IF EXISTS p",
            "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n\n  SELECT 2;\nEND",
            "CALL p()",
            "DROP PROCEDURE p");
  }

  @Test
  void sessionSettingsAreOneALineAndCommentOnlyChunksAreDropped() {
    String text =
        "SET LOCAL lock_timeout = '5s';\n-- no statement timeout\nSET LOCAL statement_timeout = 0;";
    assertThat(ScriptStatements.lines(text))
        .containsExactly(
            "SET LOCAL lock_timeout = '5s'",
            "-- no statement timeout\nSET LOCAL statement_timeout = 0");
    assertThat(ScriptStatements.lines("-- Timeouts: nothing to reset")).isEmpty();
  }
}
