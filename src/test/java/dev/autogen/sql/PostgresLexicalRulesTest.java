package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's lexical rules as the splitter and the tokenizer follow them. */
class PostgresLexicalRulesTest {
  private static final StatementSplitter SPLITTER =
      new StatementSplitter(Dialects.forName("postgres"));
  private static final Tokenizer TOKENIZER = new Tokenizer(Dialects.forName("postgres"));

  private static List<String> split(String sql) {
    return SPLITTER.split(sql).stream().map(SqlStatement::text).toList();
  }

  @Test
  void escapeStringWithDoubledAndBackslashedQuotesHidesSemicolonAndDashes() {
    // issue 16: this was split at the ; and reported as migration-fails
    String insert = "insert into t values (E'it''s \\' ; -- x')";
    assertThat(split(insert + "; select 2")).containsExactly(insert, "select 2");
    assertThat(TOKENIZER.tokens(insert))
        .filteredOn(t -> t.type() == Token.Type.STRING)
        .extracting(Token::text)
        .containsExactly("it's ' ; -- x");
  }

  @Test
  void unicodeEscapeStringsEndAtTheirQuoteWhateverBackslashPrecedesIt() {
    // in U&'...' a backslash starts a Unicode escape; it never escapes the closing quote
    assertThat(split("select U&'a\\'; select U&\"b;\\0061\" from t; select 3"))
        .containsExactly("select U&'a\\'", "select U&\"b;\\0061\" from t", "select 3");
    assertThat(TOKENIZER.tokens("select U&'d\\0061t\\+000061'"))
        .extracting(Token::type, Token::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Token.Type.WORD, "select"),
            org.assertj.core.groups.Tuple.tuple(Token.Type.STRING, "U&'d\\0061t\\+000061'"));
  }

  @Test
  void dollarTagsCloseOnlyOnTheSameTag() {
    String fn = "create function f() returns text language sql as $a$ select $b$;$$ $b$ $a$";
    assertThat(split(fn + "; select 1")).containsExactly(fn, "select 1");
    assertThat(TOKENIZER.tokens(fn))
        .filteredOn(t -> t.type() == Token.Type.DOLLAR_BODY)
        .extracting(Token::text)
        .containsExactly(" select $b$;$$ $b$ ");
  }

  @Test
  void statementsAndTokensKnowTheirLineAndColumn() {
    List<SqlStatement> statements = SPLITTER.split("select 1;  select\n  'a',\n\tb;");
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 1);
    assertThat(statements).extracting(SqlStatement::column).containsExactly(1, 12);
    assertThat(statements.get(1).tokens())
        .extracting(Token::source, Token::line, Token::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("select", 1, 12),
            org.assertj.core.groups.Tuple.tuple("'a'", 2, 3),
            org.assertj.core.groups.Tuple.tuple(",", 2, 6),
            org.assertj.core.groups.Tuple.tuple("b", 3, 2));
  }

  @Test
  void namesTakeTheirCatalogForm() {
    assertThat(TOKENIZER.tokens("ALTER TABLE \"Weird\"\"Name\" ADD Col int"))
        .extracting(Token::name)
        .containsExactly("alter", "table", "Weird\"Name", "add", "col", "int");
  }

  @Test
  void aSingleStatementKeepsTheLineItStartsOn() {
    SqlStatement s = SPLITTER.statement("alter table t\n  drop column c", 4);
    assertThat(s.line()).isEqualTo(4);
    assertThat(s.tokens()).extracting(Token::line).containsExactly(4, 4, 4, 5, 5, 5);
  }

  @Test
  void joinWritesTokensBackAsSource() {
    assertThat(Token.join(TOKENIZER.tokens("coalesce( a ,'x' ) :: text")))
        .isEqualTo("coalesce(a, 'x')::text");
  }
}
