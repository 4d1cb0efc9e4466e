package dev.autogen.sql;

import java.util.List;

/**
 * One lexical token of SQL, as the {@link Tokenizer} and the {@link StatementSplitter} read it
 * under a dialect's script conventions. Comments and whitespace are never tokens.
 *
 * @param type what kind of token
 * @param text the source text; for quoted identifiers the name without quotes, for strings and
 *     dollar-quoted bodies the content without delimiters (escapes resolved)
 * @param name for names, the catalog form the dialect's identifier rules give it (PostgreSQL folds
 *     unquoted words to lower case, MySQL keeps them); the text otherwise
 * @param source the token exactly as written, quotes and prefixes included
 * @param line 1-based line of the text it was read from on which the token starts (0 for a token
 *     made up by {@link #symbol})
 * @param column 1-based column of that line on which the token starts (0 for a made-up token)
 */
public record Token(Type type, String text, String name, String source, int line, int column) {

  /** The kinds of token. */
  public enum Type {
    /** An unquoted word: a keyword or a name. */
    WORD,
    /** A name in the dialect's identifier quotes. */
    QUOTED_IDENTIFIER,
    /** A string literal, with any prefix ({@code E}, {@code U&}, {@code N}, {@code X}, ...). */
    STRING,
    /** A dollar-quoted body ({@code $$...$$}, {@code $tag$...$tag$}). */
    DOLLAR_BODY,
    /** A number. */
    NUMBER,
    /** Any other character ({@code ::} is one symbol). */
    SYMBOL
  }

  /** A symbol (or the empty end marker) that was not read from any text. */
  public static Token symbol(String s) {
    return new Token(Type.SYMBOL, s, s, s, 0, 0);
  }

  /** True for an unquoted word equal (ignoring case) to {@code keyword}. */
  public boolean is(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }

  /** True for the symbol {@code symbol}. */
  public boolean isSymbol(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }

  /** True for a word or a quoted identifier. */
  public boolean isName() {
    return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
  }

  /**
   * Source-like text of a run of tokens, for messages and expressions: the tokens as written with
   * single spaces between them, none inside parentheses, before commas or around {@code ::}.
   */
  public static String join(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      String piece = t.source();
      int last = b.length() - 1;
      boolean tight =
          b.length() == 0
              || piece.equals(")")
              || piece.equals(",")
              || piece.equals("::")
              || b.charAt(last) == '('
              || (last >= 1 && b.charAt(last) == ':' && b.charAt(last - 1) == ':')
              || (piece.equals("(") && Character.isLetterOrDigit(b.charAt(last)));
      b.append(tight ? "" : " ").append(piece);
    }
    return b.toString();
  }
}
