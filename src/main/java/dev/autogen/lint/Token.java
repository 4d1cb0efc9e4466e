package dev.autogen.lint;

/**
 * One lexical token of a single SQL statement (see {@link Tokens}).
 *
 * @param type what kind of token
 * @param text the source text; for quoted identifiers the name without quotes, for strings and
 *     dollar-quoted bodies the content without delimiters
 * @param name for names, the catalog form the dialect's identifier rules give it (PostgreSQL folds
 *     unquoted words to lower case, MySQL keeps them); the text otherwise
 * @param source the token exactly as written, quotes included
 */
public record Token(Type type, String text, String name, String source) {

  enum Type {
    WORD,
    QUOTED_IDENTIFIER,
    STRING,
    DOLLAR_BODY,
    NUMBER,
    SYMBOL
  }

  /** A symbol (or the empty end marker), written as itself. */
  static Token symbol(String s) {
    return new Token(Type.SYMBOL, s, s, s);
  }

  /** True for an unquoted word equal (ignoring case) to {@code keyword}. */
  public boolean is(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }

  public boolean isSymbol(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }

  public boolean isName() {
    return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
  }
}
