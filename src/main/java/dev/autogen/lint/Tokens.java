package dev.autogen.lint;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.ScriptConventions;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one statement (already cut out of its file by {@code SqlScript}) into tokens, skipping
 * comments, under the dialect's lexical rules ({@link ScriptConventions}): which quote marks an
 * identifier, whether {@code #} starts a comment, whether strings take backslash escapes, whether
 * {@code $$} quotes a body. Strings, quoted identifiers and dollar-quoted bodies are single tokens,
 * so a keyword inside them is never mistaken for SQL. Names get their catalog form from the
 * dialect's identifier rules. Only ever used on one statement at a time.
 */
public final class Tokens {
  private final ScriptConventions syntax;
  private final IdentifierRules names;

  public Tokens(Dialect dialect) {
    this.syntax = dialect.scriptConventions();
    this.names = dialect.identifiers();
  }

  public List<Token> of(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ((c == '-' && i + 1 < n && sql.charAt(i + 1) == '-')
          || (c == '#' && syntax.hashComments())) {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || (c == '"' && syntax.doubleQuotedStrings())) {
        i = quoted(sql, i, i, c, Token.Type.STRING, out);
      } else if (c == syntax.identifierQuote()) {
        i = quoted(sql, i, i, c, Token.Type.QUOTED_IDENTIFIER, out);
      } else if (c == '$' && syntax.dollarQuotes() && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        int end = close < 0 ? n : close;
        String body = sql.substring(i + tag.length(), end);
        int after = close < 0 ? n : close + tag.length();
        out.add(new Token(Token.Type.DOLLAR_BODY, body, body, sql.substring(i, after)));
        i = after;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(sql.charAt(i)) || "_$".indexOf(sql.charAt(i)) >= 0)) {
          i++;
        }
        if (i < n && sql.charAt(i) == '\'' && i - start == 1 && "EeUuBbXxNn".indexOf(c) >= 0) {
          // E'...', B'...', X'...', N'...' literals: the prefix belongs to the string
          i = quoted(sql, start, i, '\'', Token.Type.STRING, out);
        } else {
          String word = sql.substring(start, i);
          out.add(new Token(Token.Type.WORD, word, names.fold(word).value(), word));
        }
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        String number = sql.substring(start, i);
        out.add(new Token(Token.Type.NUMBER, number, number, number));
      } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        out.add(Token.symbol("::"));
        i += 2;
      } else {
        out.add(Token.symbol(String.valueOf(c)));
        i++;
      }
    }
    return List.copyOf(out);
  }

  /** Reads a quoted token whose quote opens at {@code i} (any prefix starts at {@code from}). */
  private int quoted(String sql, int from, int i, char quote, Token.Type type, List<Token> out) {
    StringBuilder text = new StringBuilder();
    boolean escapes =
        type == Token.Type.STRING
            && (syntax.backslashEscapes() || (i > from && "Ee".indexOf(sql.charAt(from)) >= 0));
    int j = i + 1;
    while (j < sql.length()) {
      char c = sql.charAt(j);
      if (escapes && c == '\\' && j + 1 < sql.length()) {
        text.append(sql.charAt(j + 1));
        j += 2;
        continue;
      }
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
    String source = sql.substring(from, j);
    String name =
        type == Token.Type.QUOTED_IDENTIFIER ? names.fromSql(source).value() : text.toString();
    out.add(new Token(type, text.toString(), name, source));
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

  /** The catalog form of a name as written (quoted or not), under the dialect's rules. */
  String name(String written) {
    return names.fromSql(written).value();
  }

  /** Source-like text of a token range, for messages (single spaces between tokens). */
  static String text(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      String piece = t.source();
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
