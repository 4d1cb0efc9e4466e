package dev.autogen.devdb;

import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.Token;

/**
 * The text of a statement as handed to the JDBC driver. PgJDBC cuts statement text at semicolons
 * itself, and its lexer reads a doubled quote inside an {@code E'...'} string as the end of that
 * string: {@code E'it''s \' ; -- x'} reached the server cut at the {@code ;} (issue 16). Such
 * quotes are written {@code \'} instead, which means the same to the server; every other statement
 * is handed over unchanged.
 */
final class JdbcText {
  private JdbcText() {}

  static String of(SqlStatement statement) {
    String text = statement.text();
    StringBuilder out = null;
    int copied = 0;
    int[] lineStarts = null;
    for (Token t : statement.tokens()) {
      if (!doubledQuoteInEscapeString(t)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
        lineStarts = lineStarts(text);
      }
      int offset =
          t.line() == statement.line()
              ? t.column() - statement.column()
              : lineStarts[t.line() - statement.line()] + t.column() - 1;
      out.append(text, copied, offset).append(backslashQuotes(t.source()));
      copied = offset + t.source().length();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean doubledQuoteInEscapeString(Token t) {
    String s = t.source();
    return t.type() == Token.Type.STRING
        && s.length() > 2
        && (s.charAt(0) == 'E' || s.charAt(0) == 'e')
        && s.charAt(1) == '\''
        && s.indexOf("''", 2) >= 0;
  }

  /** {@code E'it''s'} as {@code E'it\'s'}: backslash escapes copied, doubled quotes rewritten. */
  private static String backslashQuotes(String source) {
    StringBuilder b = new StringBuilder(source.length()).append(source, 0, 2);
    int i = 2;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        b.append(c).append(source.charAt(i + 1));
        i += 2;
      } else if (c == '\'' && i + 1 < source.length() && source.charAt(i + 1) == '\'') {
        b.append("\\'");
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static int[] lineStarts(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
