package dev.autogen.lint.run;

import dev.autogen.dialect.Dialect;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.List;
import java.util.Locale;

/**
 * The one place the sandbox guard meets the SQL lexical layer: splits a script into statements and
 * a statement into {@link Lexeme}s. Switching the guard to another tokenizer changes this file
 * only.
 */
final class SandboxTokens {
  /** What a lexeme is, as far as the guard cares. */
  enum Kind {
    /** An unquoted word: keyword or name. */
    WORD,
    /** A quoted identifier. */
    NAME,
    /** A string literal or a dollar-quoted body. */
    TEXT,
    NUMBER,
    SYMBOL
  }

  /**
   * One token of a statement.
   *
   * @param text for words, the word in lower case; for quoted names, strings and bodies their
   *     content without quotes; symbols as written
   */
  record Lexeme(Kind kind, String text) {
    boolean is(String word) {
      return kind == Kind.WORD && text.equals(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
      return kind == Kind.WORD || kind == Kind.NAME;
    }
  }

  private final Tokenizer tokens;
  private final StatementSplitter splitter;

  SandboxTokens(Dialect dialect) {
    this.tokens = new Tokenizer(dialect);
    this.splitter = new StatementSplitter(dialect);
  }

  List<SqlStatement> statements(String script) {
    return splitter.split(script);
  }

  List<Lexeme> lexemes(String sql) {
    return tokens.tokens(sql).stream().map(SandboxTokens::lexeme).toList();
  }

  private static Lexeme lexeme(Token t) {
    return switch (t.type()) {
      case WORD -> new Lexeme(Kind.WORD, t.text().toLowerCase(Locale.ROOT));
      case QUOTED_IDENTIFIER -> new Lexeme(Kind.NAME, t.text());
      case STRING, DOLLAR_BODY -> new Lexeme(Kind.TEXT, t.text());
      case NUMBER -> new Lexeme(Kind.NUMBER, t.source());
      case SYMBOL -> new Lexeme(Kind.SYMBOL, t.source());
    };
  }
}
