package dev.autogen.lint;

import dev.autogen.sql.Token;
import java.util.ArrayList;
import java.util.List;

/** A read position over the tokens of one statement or one clause; helpers for the classifiers. */
final class TokenCursor {
  private final List<Token> tokens;
  private int pos;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  Token peek() {
    return atEnd() ? Token.symbol("") : tokens.get(pos);
  }

  Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : Token.symbol("");
  }

  Token next() {
    Token t = peek();
    pos++;
    return t;
  }

  /** Consumes the keywords if they come next, in order; consumes nothing otherwise. */
  boolean accept(String... keywords) {
    for (int k = 0; k < keywords.length; k++) {
      if (!peek(k).is(keywords[k])) {
        return false;
      }
    }
    pos += keywords.length;
    return true;
  }

  /** Skips {@code IF EXISTS} / {@code IF NOT EXISTS}. */
  void skipIfExists() {
    if (!accept("IF", "NOT", "EXISTS")) {
      accept("IF", "EXISTS");
    }
  }

  /**
   * A possibly schema-qualified name; returns its last part in catalog form, or null when no name
   * comes next.
   */
  String qualifiedName() {
    if (!peek().isName()) {
      return null;
    }
    String name = next().name();
    while (peek().isSymbol(".") && peek(1).isName()) {
      next();
      name = next().name();
    }
    return name;
  }

  /** The tokens from here to the end. */
  List<Token> rest() {
    List<Token> r = atEnd() ? List.of() : tokens.subList(pos, tokens.size());
    pos = tokens.size();
    return r;
  }

  /** The tokens of a parenthesised group starting here (without the outer parentheses). */
  List<Token> group() {
    if (!peek().isSymbol("(")) {
      return List.of();
    }
    int depth = 0;
    int start = pos + 1;
    while (!atEnd()) {
      Token t = next();
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")") && --depth == 0) {
        return tokens.subList(start, pos - 1);
      }
    }
    return tokens.subList(start, tokens.size());
  }

  /** The parenthesis depth after {@code t}, at {@code depth} before it. */
  static int depthAfter(Token t, int depth) {
    return t.isSymbol("(") ? depth + 1 : t.isSymbol(")") ? depth - 1 : depth;
  }

  /** Splits tokens at commas outside parentheses. */
  static List<List<Token>> splitTopLevel(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      depth = depthAfter(t, depth);
      if (t.isSymbol(",") && depth == 0) {
        parts.add(tokens.subList(start, i));
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      parts.add(tokens.subList(start, tokens.size()));
    }
    return parts;
  }

  /** Whether {@code keyword} occurs as a word outside parentheses. */
  static boolean containsTopLevel(List<Token> tokens, String... keywords) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      depth = depthAfter(t, depth);
      if (depth == 0 && !t.isSymbol(")") && matchesAt(tokens, i, keywords)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Token> tokens, int i, String... keywords) {
    for (int k = 0; k < keywords.length; k++) {
      if (i + k >= tokens.size() || !tokens.get(i + k).is(keywords[k])) {
        return false;
      }
    }
    return true;
  }
}
