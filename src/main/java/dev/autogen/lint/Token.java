package dev.autogen.lint;

import java.util.Locale;

/**
 * One lexical token of a single SQL statement (see {@link Tokens}).
 *
 * @param type what kind of token
 * @param text the source text; for quoted identifiers the name without quotes, for strings and
 *     dollar-quoted bodies the content without delimiters
 */
record Token(Type type, String text) {

  enum Type {
    WORD,
    QUOTED_IDENTIFIER,
    STRING,
    DOLLAR_BODY,
    NUMBER,
    SYMBOL
  }

  /** True for an unquoted word equal (ignoring case) to {@code keyword}. */
  boolean is(String keyword) {
    return type == Type.WORD && text.equalsIgnoreCase(keyword);
  }

  boolean isSymbol(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }

  boolean isName() {
    return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
  }

  /** The catalog form of a name: unquoted words fold to lower case, as PostgreSQL does. */
  String name() {
    return type == Type.WORD ? text.toLowerCase(Locale.ROOT) : text;
  }
}
