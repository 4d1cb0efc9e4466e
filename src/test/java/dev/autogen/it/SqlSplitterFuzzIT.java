package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The statement splitter against the servers' own parsers: scripts built from statement pieces full
 * of tricky literals, comments, dollar tags and block bodies are run whole by the server (it splits
 * them itself: PostgreSQL's simple query protocol, MariaDB's multi-statement queries) and split by
 * autogen; both must see the same number of statements, and each statement autogen cut out must run
 * on its own. Every try works in a schema (database) of its own.
 */
class SqlSplitterFuzzIT {
  private static final StatementSplitter POSTGRES =
      new StatementSplitter(Dialects.forName("postgres"));
  private static final StatementSplitter MARIADB =
      new StatementSplitter(Dialects.forName("mariadb"));

  /** Bits of text that mean something to some lexer; literals and comments are made of them. */
  private static final List<String> BITS =
      List.of(
          ";",
          "--",
          "/*",
          "*/",
          "'",
          "''",
          "\\",
          "\\'",
          "$$",
          "$a$",
          "\"",
          "`",
          "#",
          " ",
          "\n",
          "x",
          "é",
          "E'",
          "U&'",
          "DELIMITER",
          "BEGIN",
          "END");

  @Property(tries = 100)
  void postgresRunsAsManyStatementsAsAutogenSplits(@ForAll("postgresScripts") List<String> pieces)
      throws Exception {
    // an empty statement between pieces: PostgreSQL skips it
    String script = join(pieces, ";\n/* ; */ ;\n-- between; pieces\n");
    List<SqlStatement> split = POSTGRES.split(script);
    String schema = LocalPostgres.newSchemaName("fuzz");
    try (Connection c = simpleQueryConnection()) {
      execute(c, "create schema " + schema);
      try {
        execute(c, "set search_path to " + schema);
        assertThat(split).as(script).hasSize(resultCount(c, script));
        for (SqlStatement s : split) {
          execute(c, s.text());
        }
      } finally {
        execute(c, "drop schema " + schema + " cascade");
      }
    }
  }

  @Property(tries = 100)
  void mariadbRunsAsManyStatementsAsAutogenSplits(@ForAll("mariadbScripts") List<String> pieces)
      throws Exception {
    // MariaDB refuses an empty statement in a multi-statement query
    String script = join(pieces, ";\n/* ; */\n# between; pieces\n-- and ; more\n");
    List<SqlStatement> split = MARIADB.split(script);
    // the client's DELIMITER lines change nothing for the server, and must not for autogen either
    String delimited = "DELIMITER //\n" + String.join(" //\n", pieces) + "//\nDELIMITER ;\n";
    assertThat(MARIADB.split(delimited)).as(delimited).hasSameSizeAs(split);
    String database = LocalMariaDb.newDatabaseName("fuzz");
    try (Connection c = multiQueryConnection()) {
      execute(c, "create database " + database);
      try {
        c.setCatalog(database);
        execute(c, "create table t (a int, b int)");
        assertThat(split).as(script).hasSize(resultCount(c, script));
        for (SqlStatement s : split) {
          execute(c, s.text());
        }
      } finally {
        execute(c, "drop database " + database);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> postgresScripts() {
    Arbitrary<String> text = text();
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            text.map(s -> "select '" + s.replace("'", "''") + "' as \"c" + quoted(s, '"') + "\""),
            text.map(s -> "select " + escapeString(s)),
            text.map(s -> "select U&'" + s.replace("\\", "\\\\").replace("'", "''") + "'"),
            text.map(s -> "select " + dollarQuoted(s, s.contains("$") ? "$t$" : "$$")),
            text.map(s -> "do $d$ begin perform '" + s.replace("'", "''") + "'; end $d$"),
            text.map(
                s ->
                    "select 1 /* "
                        + comment(s)
                        + " /* nested; "
                        + comment(s)
                        + " */ */ + 2 -- "
                        + line(s)
                        + "\n"),
            Arbitraries.of(
                "create or replace function f() returns int language sql begin atomic"
                    + " select 1; select case when true then 2 end; end",
                "select a$b$ from (select 1 as a$b$) s",
                "select 5 --1\n",
                "select 1 as \"BEGIN\"",
                "begin; select 1; commit"));
    return piece.list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> mariadbScripts() {
    Arbitrary<String> text = text();
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Combinators.combine(text, text, Arbitraries.of(true, false))
                .as(
                    (s, u, doubled) ->
                        "select "
                            + mysqlString(s, '\'', doubled)
                            + ", "
                            + mysqlString(u, '"', !doubled)
                            + " as `c"
                            + quoted(s, '`')
                            + "c`"),
            text.map(
                s ->
                    "select 1 /* "
                        + comment(s)
                        + " */ + 2 # "
                        + line(s)
                        + "\n -- "
                        + line(s)
                        + "\n"),
            text.map(
                s ->
                    "create or replace procedure p() begin declare x int default 0;"
                        + " set x = case when x > 0 then 1 else 2 end;"
                        + " if x > 1 then set @s = "
                        + mysqlString(s, '\'', false)
                        + "; end if; while x < 3 do set x = x + 1; end while; end"),
            text.map(
                s ->
                    "create or replace definer = current_user trigger trg before insert on t"
                        + " for each row begin set new.b = new.a; set @s = "
                        + mysqlString(s, '"', true)
                        + "; end"),
            Arbitraries.of(
                "begin not atomic declare y int; set y = 1; if y then set y = 2; end if; end",
                "create or replace function f() returns int deterministic"
                    + " begin declare x int; set x = 1; return x; end",
                "create or replace procedure q() lbl: begin case when 1 then set @a = 1;"
                    + " else set @a = 2; end case; loop leave lbl; end loop; end lbl",
                "select 5--1",
                "select 1 as `begin`, 2 as `end`",
                "create table if not exists u (event int, `begin` int, end_at int)"));
    return piece.list().ofMinSize(1).ofMaxSize(8);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.of(BITS).list().ofMaxSize(8).map(bits -> String.join("", bits));
  }

  private static String join(List<String> pieces, String between) {
    return pieces.stream().collect(Collectors.joining(between)) + ";";
  }

  private static String escapeString(String s) {
    StringBuilder b = new StringBuilder("E'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c == '\'') {
        b.append(i % 2 == 0 ? "''" : "\\'");
      } else {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  private static String mysqlString(String s, char quote, boolean doubled) {
    String escaped =
        s.replace("\\", "\\\\")
            .replace(String.valueOf(quote), doubled ? "" + quote + quote : "\\" + quote);
    return quote + escaped + quote;
  }

  /** Spaces inside the tags: a body ending in {@code $} would run into the closing tag. */
  private static String dollarQuoted(String s, String tag) {
    return tag + " " + s + " " + tag;
  }

  private static String quoted(String s, char quote) {
    String q = String.valueOf(quote);
    return s.replace(q, q + q);
  }

  /** Text that cannot close (or, where comments nest, open) a block comment. */
  private static String comment(String s) {
    return s.replace("/", "").replace("*", "");
  }

  private static String line(String s) {
    return s.replace("\n", " ");
  }

  private static int resultCount(Connection c, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      int count = 0;
      boolean resultSet = s.execute(script);
      while (resultSet || s.getUpdateCount() != -1) {
        count++;
        resultSet = s.getMoreResults();
      }
      return count;
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setEscapeProcessing(false);
      s.execute(sql);
    }
  }

  /** The simple query protocol: PgJDBC hands the whole script to the server unsplit. */
  private static Connection simpleQueryConnection() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", LocalPostgres.USER);
    p.setProperty("password", LocalPostgres.PASSWORD);
    p.setProperty("preferQueryMode", "simple");
    return DriverManager.getConnection(LocalPostgres.URL, p);
  }

  private static Connection multiQueryConnection() throws SQLException {
    Properties p = new Properties();
    p.setProperty("allowMultiQueries", "true");
    return DriverManager.getConnection(LocalMariaDb.URL, p);
  }
}
