package dev.autogen.lint.run;

import dev.autogen.devdb.ScriptSyntax;
import dev.autogen.devdb.SqlScript;
import dev.autogen.devdb.SqlStatement;
import dev.autogen.dialect.Dialect;
import dev.autogen.lint.Token;
import dev.autogen.lint.Tokens;
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

  private final Tokens tokens;
  private final ScriptSyntax syntax;

  SandboxTokens(Dialect dialect) {
    this.tokens = new Tokens(dialect);
    this.syntax =
        dialect.scriptConventions().delimiterCommand() ? ScriptSyntax.MYSQL : ScriptSyntax.POSTGRES;
  }

  List<SqlStatement> statements(String script) {
    return SqlScript.statements(script, syntax);
  }

  List<Lexeme> lexemes(String sql) {
    return tokens.of(sql).stream().map(SandboxTokens::lexeme).toList();
  }

  private static Lexeme lexeme(Token t) {
    String source = t.source();
    if (t.isName()) {
      return source.equals(t.text())
          ? new Lexeme(Kind.WORD, t.text().toLowerCase(Locale.ROOT))
          : new Lexeme(Kind.NAME, t.text());
    }
    if (source.isEmpty()) {
      return new Lexeme(Kind.SYMBOL, source);
    }
    char first = source.charAt(0);
    if (Character.isDigit(first)) {
      return new Lexeme(Kind.NUMBER, source);
    }
    boolean quoted = "'\"`".indexOf(first) >= 0 || Character.isLetter(first);
    boolean body = first == '$' && source.length() > 1;
    return quoted || body ? new Lexeme(Kind.TEXT, t.text()) : new Lexeme(Kind.SYMBOL, source);
  }
}
