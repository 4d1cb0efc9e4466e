package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresSplitterTest {
  private static final StatementSplitter SPLITTER =
      new StatementSplitter(Dialects.forName("postgres"));

  private static List<String> split(String sql) {
    return SPLITTER.split(sql).stream().map(SqlStatement::text).toList();
  }

  @Test
  void splitsAtTopLevelSemicolonsAndTrims() {
    assertThat(split("create table a (id int);\n  insert into a values (1) ;select 1"))
        .containsExactly("create table a (id int)", "insert into a values (1)", "select 1");
  }

  @Test
  void dropsEmptyAndCommentOnlyStatements() {
    assertThat(split(";;  select 1;; ; -- trailing comment\n /* block */ ;\n"))
        .containsExactly("select 1");
    assertThat(split("")).isEmpty();
    assertThat(split("  -- only a comment; really\n")).isEmpty();
  }

  @Test
  void semicolonsInsideStringsAndQuotedIdentifiersDoNotSplit() {
    String sql =
        "insert into t values ('a;b', 'it''s; fine');\ncreate table \"we;ird\"\"x\" (id int);";
    assertThat(split(sql))
        .containsExactly(
            "insert into t values ('a;b', 'it''s; fine')", "create table \"we;ird\"\"x\" (id int)");
  }

  @Test
  void escapeStringsHonourBackslashEscapedQuotes() {
    assertThat(split("select E'\\';still string'; select e'x\\\\'; select 2"))
        .containsExactly("select E'\\';still string'", "select e'x\\\\'", "select 2");
  }

  @Test
  void backslashInAStandardStringIsNotAnEscape() {
    // standard_conforming_strings: 'a\' is a complete string holding a backslash
    assertThat(split("select 'a\\'; select 2")).containsExactly("select 'a\\'", "select 2");
  }

  @Test
  void identifierEndingInEIsNotAnEscapeStringPrefix() {
    assertThat(split("select name'x\\'; select 2")).containsExactly("select name'x\\'", "select 2");
  }

  @Test
  void dollarQuotesWithAndWithoutTagsKeepFunctionBodiesWhole() {
    String fn =
        "create function f() returns int language plpgsql as $body$\n"
            + "begin\n  perform 1; return $$x;$$::text::int;\nend;\n$body$";
    String plain = "do $$ begin raise notice 'a;b'; end $$";
    assertThat(split(fn + ";\n" + plain + ";")).containsExactly(fn, plain);
  }

  @Test
  void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
    assertThat(split("prepare p as select $1; select a$b$ from t; select 3"))
        .containsExactly("prepare p as select $1", "select a$b$ from t", "select 3");
  }

  @Test
  void nestedBlockCommentsAndLineCommentsHideSemicolons() {
    String sql = "select /* outer /* inner; */ still comment; */ 1; -- x; y\nselect 2";
    assertThat(split(sql))
        .containsExactly("select /* outer /* inner; */ still comment; */ 1", "select 2");
  }

  @Test
  void beginAtomicBodiesStayInOneStatement() {
    String fn =
        "create function g(x int) returns int language sql begin atomic\n"
            + "  select case when x > 0 then 1 else 0 end;\n  select x;\nend";
    assertThat(split(fn + "; select 1")).containsExactly(fn, "select 1");
  }

  @Test
  void reportsTheLineOnWhichEachStatementStartsAfterComments() {
    List<SqlStatement> statements =
        SPLITTER.split(
            "-- header\n\ncreate table a (\n id int);\n/* c\n */ select\n'x\n';\nselect 3");
    assertThat(statements)
        .extracting(SqlStatement::text)
        .containsExactly("create table a (\n id int)", "select\n'x\n'", "select 3");
    assertThat(statements).extracting(SqlStatement::line).containsExactly(3, 6, 9);
    assertThat(statements).extracting(SqlStatement::column).containsExactly(1, 5, 1);
  }

  @Test
  void unterminatedQuoteRunsToTheEndOfTheScript() {
    assertThat(split("select 'open; select 2")).containsExactly("select 'open; select 2");
  }
}
