package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsAtTopLevelSemicolonsAndTrims() {
    assertThat(SqlScript.split("create table a (id int);\n  insert into a values (1) ;select 1"))
        .containsExactly("create table a (id int)", "insert into a values (1)", "select 1");
  }

  @Test
  void dropsEmptyAndCommentOnlyStatements() {
    assertThat(SqlScript.split(";;  select 1;; ; -- trailing comment\n /* block */ ;\n"))
        .containsExactly("select 1");
    assertThat(SqlScript.split("")).isEmpty();
    assertThat(SqlScript.split("  -- only a comment; really\n")).isEmpty();
  }

  @Test
  void semicolonsInsideStringsAndQuotedIdentifiersDoNotSplit() {
    String sql =
        "insert into t values ('a;b', 'it''s; fine');\ncreate table \"we;ird\"\"x\" (id int);";
    assertThat(SqlScript.split(sql))
        .containsExactly(
            "insert into t values ('a;b', 'it''s; fine')", "create table \"we;ird\"\"x\" (id int)");
  }

  @Test
  void escapeStringsHonourBackslashEscapedQuotes() {
    assertThat(SqlScript.split("select E'\\';still string'; select e'x\\\\'; select 2"))
        .containsExactly("select E'\\';still string'", "select e'x\\\\'", "select 2");
  }

  @Test
  void backslashInAStandardStringIsNotAnEscape() {
    // standard_conforming_strings: 'a\' is a complete string holding a backslash
    assertThat(SqlScript.split("select 'a\\'; select 2"))
        .containsExactly("select 'a\\'", "select 2");
  }

  @Test
  void identifierEndingInEIsNotAnEscapeStringPrefix() {
    assertThat(SqlScript.split("select name'x\\'; select 2"))
        .containsExactly("select name'x\\'", "select 2");
  }

  @Test
  void dollarQuotesWithAndWithoutTagsKeepFunctionBodiesWhole() {
    String fn =
        "create function f() returns int language plpgsql as $body$\n"
            + "begin\n  perform 1; return $$x;$$::text::int;\nend;\n$body$";
    String plain = "do $$ begin raise notice 'a;b'; end $$";
    assertThat(SqlScript.split(fn + ";\n" + plain + ";")).containsExactly(fn, plain);
  }

  @Test
  void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
    assertThat(SqlScript.split("prepare p as select $1; select a$b$ from t; select 3"))
        .containsExactly("prepare p as select $1", "select a$b$ from t", "select 3");
  }

  @Test
  void nestedBlockCommentsAndLineCommentsHideSemicolons() {
    String sql = "select /* outer /* inner; */ still comment; */ 1; -- x; y\nselect 2";
    assertThat(SqlScript.split(sql))
        .containsExactly("select /* outer /* inner; */ still comment; */ 1", "select 2");
  }

  @Test
  void beginAtomicBodiesStayInOneStatement() {
    String fn =
        "create function g(x int) returns int language sql begin atomic\n"
            + "  select case when x > 0 then 1 else 0 end;\n  select x;\nend";
    assertThat(SqlScript.split(fn + "; select 1")).containsExactly(fn, "select 1");
  }

  @Test
  void reportsTheLineOnWhichEachStatementStartsAfterComments() {
    List<SqlStatement> statements =
        SqlScript.statements(
            "-- header\n\ncreate table a (\n id int);\n/* c\n */ select\n'x\n';\nselect 3");
    assertThat(statements)
        .containsExactly(
            new SqlStatement("create table a (\n id int)", 3),
            new SqlStatement("select\n'x\n'", 6),
            new SqlStatement("select 3", 9));
  }

  @Test
  void unterminatedQuoteRunsToTheEndOfTheScript() {
    assertThat(SqlScript.split("select 'open; select 2")).containsExactly("select 'open; select 2");
  }
}
