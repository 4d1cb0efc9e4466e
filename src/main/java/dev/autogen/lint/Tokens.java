package dev.autogen.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one PostgreSQL statement (already cut out of its file by {@code SqlScript}) into tokens,
 * skipping comments. Strings, quoted identifiers and dollar-quoted bodies are single tokens, so a
 * keyword inside them is never mistaken for SQL. Only ever used on one statement at a time.
 */
final class Tokens {
  private Tokens() {}

  static List<Token> of(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        i = quoted(sql, i, '\'', Token.Type.STRING, out);
      } else if (c == '"') {
        i = quoted(sql, i, '"', Token.Type.QUOTED_IDENTIFIER, out);
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        int end = close < 0 ? n : close;
        out.add(new Token(Token.Type.DOLLAR_BODY, sql.substring(i + tag.length(), end)));
        i = close < 0 ? n : close + tag.length();
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(sql.charAt(i)) || "_$".indexOf(sql.charAt(i)) >= 0)) {
          i++;
        }
        if (i < n && sql.charAt(i) == '\'' && i - start == 1 && "EeUuBbXx".indexOf(c) >= 0) {
          // E'...', B'...', X'...' literals: the prefix belongs to the string
          i = quoted(sql, i, '\'', Token.Type.STRING, out);
        } else {
          out.add(new Token(Token.Type.WORD, sql.substring(start, i)));
        }
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        out.add(new Token(Token.Type.NUMBER, sql.substring(start, i)));
      } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        out.add(new Token(Token.Type.SYMBOL, "::"));
        i += 2;
      } else {
        out.add(new Token(Token.Type.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return List.copyOf(out);
  }

  private static int quoted(String sql, int i, char quote, Token.Type type, List<Token> out) {
    StringBuilder text = new StringBuilder();
    int j = i + 1;
    while (j < sql.length()) {
      char c = sql.charAt(j);
      if (c == quote) {
        if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
          text.append(quote);
          j += 2;
          continue;
        }
        j++;
        break;
      }
      text.append(c);
      j++;
    }
    out.add(new Token(type, text.toString()));
    return j;
  }

  /** The {@code $tag$} opening at {@code i}, or null. */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length()
        && sql.charAt(j) == '$'
        && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
      return sql.substring(i, j + 1);
    }
    return null;
  }

  /** Source-like text of a token range, for messages (single spaces between tokens). */
  static String text(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      String piece =
          switch (t.type()) {
            case STRING -> "'" + t.text().replace("'", "''") + "'";
            case QUOTED_IDENTIFIER -> "\"" + t.text() + "\"";
            case DOLLAR_BODY -> "$$" + t.text() + "$$";
            default -> t.text();
          };
      boolean tight =
          b.length() == 0
              || piece.equals(")")
              || piece.equals(",")
              || piece.equals("::")
              || b.charAt(b.length() - 1) == '('
              || b.toString().endsWith("::")
              || (piece.equals("(") && Character.isLetterOrDigit(b.charAt(b.length() - 1)));
      b.append(tight ? "" : " ").append(piece);
    }
    return b.toString();
  }
}
