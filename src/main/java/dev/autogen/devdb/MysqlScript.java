package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL / MariaDB script into statements the way the {@code mysql} client and Flyway do:
 * at the current delimiter ({@code ;} unless a {@code DELIMITER //} line changed it, as scripts do
 * around procedure and trigger bodies) outside {@code '...'} and {@code "..."} strings (doubled
 * quotes and backslash escapes), {@code `...`} identifiers, {@code #} and {@code -- } line comments
 * and {@code /* *}{@code /} block comments. {@code DELIMITER} lines are client commands, not
 * statements; {@code /*! ... *}{@code /} version comments are kept as code, since the server runs
 * them.
 */
final class MysqlScript {
  private final String sql;
  private final List<SqlStatement> out = new ArrayList<>();
  private String delimiter = ";";
  private int pos;
  private int line = 1;
  private int start;
  private int startLine;
  private boolean hasCode;

  private MysqlScript(String sql) {
    this.sql = sql;
  }

  static List<SqlStatement> statements(String sql) {
    return new MysqlScript(sql).run();
  }

  private List<SqlStatement> run() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (!hasCode && atLineStart() && delimiterCommand()) {
        continue;
      }
      if (c == '#' || (c == '-' && peek(1) == '-' && (isSpace(peek(2)) || peek(2) == '\0'))) {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peek(1) == '*' && peek(2) != '!') {
        int end = sql.indexOf("*/", pos + 2);
        skipTo(end < 0 ? sql.length() : end + 2);
      } else if (sql.startsWith(delimiter, pos)) {
        emit(pos);
        pos += delimiter.length();
      } else if (c == '\'' || c == '"' || c == '`') {
        markCode();
        quoted(c);
      } else {
        if (!Character.isWhitespace(c)) {
          markCode();
        }
        advance();
      }
    }
    emit(sql.length());
    return List.copyOf(out);
  }

  /** A {@code DELIMITER xx} line: switches the delimiter and consumes the line. */
  private boolean delimiterCommand() {
    int i = pos;
    while (i < sql.length() && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
      i++;
    }
    if (!sql.regionMatches(true, i, "DELIMITER", 0, 9)
        || i + 9 >= sql.length()
        || !isSpace(sql.charAt(i + 9))) {
      return false;
    }
    int eol = sql.indexOf('\n', i);
    String rest = sql.substring(i + 9, eol < 0 ? sql.length() : eol).strip();
    if (rest.isEmpty()) {
      return false;
    }
    delimiter = rest.split("\\s+")[0];
    skipTo(eol < 0 ? sql.length() : eol);
    return true;
  }

  private boolean atLineStart() {
    int i = pos - 1;
    while (i >= 0 && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || sql.charAt(i) == '\n';
  }

  private void quoted(char quote) {
    advance();
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (c == '\\' && quote != '`') {
        advance();
        if (pos < sql.length()) {
          advance();
        }
      } else if (c == quote) {
        advance();
        if (peek(0) == quote) {
          advance();
        } else {
          return;
        }
      } else {
        advance();
      }
    }
  }

  private void emit(int end) {
    if (hasCode) {
      out.add(new SqlStatement(sql.substring(start, end).strip(), startLine));
    }
    hasCode = false;
  }

  private void markCode() {
    if (!hasCode) {
      hasCode = true;
      start = pos;
      startLine = line;
    }
  }

  private void skipTo(int end) {
    while (pos < end) {
      advance();
    }
  }

  private char peek(int offset) {
    int i = pos + offset;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private void advance() {
    if (sql.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c);
  }
}
