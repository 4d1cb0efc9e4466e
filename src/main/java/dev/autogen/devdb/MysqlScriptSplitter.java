package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a MySQL / MariaDB script as the {@code mysql} client and Flyway do: statements end at the
 * current delimiter ({@code ;} until a {@code DELIMITER //} line changes it), except inside {@code
 * '...'} and {@code "..."} strings (backslash and doubled-quote escapes), {@code `...`} identifiers
 * ({@code ``} escapes), {@code #} and {@code -- } comments (a space or line end after the dashes;
 * {@code 1--1} is arithmetic) and {@code /* *}{@code /} comments. Inside {@code CREATE TRIGGER /
 * PROCEDURE / FUNCTION / EVENT}, a {@code BEGIN ... END} body keeps its semicolons even without
 * {@code DELIMITER}. {@code DELIMITER} lines are not statements.
 */
final class MysqlScriptSplitter {
  private final String sql;
  private final List<SqlStatement> out = new ArrayList<>();
  private String delimiter = ";";
  private int pos;
  private int line = 1;
  private int start;
  private int startLine;
  private boolean hasCode;
  private boolean routine;
  private int blockDepth;
  private final List<String> words = new ArrayList<>();

  MysqlScriptSplitter(String sql) {
    this.sql = sql;
  }

  List<SqlStatement> run() {
    while (pos < sql.length()) {
      char c = sql.charAt(pos);
      if (!hasCode && atLineStart() && startsWithWord("DELIMITER")) {
        readDelimiter();
      } else if (c == '#' || (c == '-' && peek(1) == '-' && isSpaceOrEnd(peek(2)))) {
        skipLineComment();
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else if (c == '\'' || c == '"' || c == '`') {
        markCode();
        skipQuoted(c);
      } else if (blockDepth == 0 && sql.startsWith(delimiter, pos)) {
        emit(pos);
        pos += delimiter.length();
      } else if (Character.isLetter(c) || c == '_') {
        markCode();
        word();
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

  private void emit(int end) {
    if (hasCode) {
      out.add(new SqlStatement(sql.substring(start, end).strip(), startLine));
    }
    hasCode = false;
    routine = false;
    blockDepth = 0;
    words.clear();
  }

  private void markCode() {
    if (!hasCode) {
      hasCode = true;
      start = pos;
      startLine = line;
    }
  }

  private void word() {
    int begin = pos;
    while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
      pos++;
    }
    String word = sql.substring(begin, pos).toUpperCase(Locale.ROOT);
    if (words.size() < 4) {
      words.add(word);
      // CREATE [DEFINER = x] TRIGGER|PROCEDURE|FUNCTION|EVENT: a body with its own semicolons
      routine =
          words.get(0).equals("CREATE")
              && words.stream()
                  .anyMatch(w -> List.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT").contains(w));
    }
    if (!routine) {
      return;
    }
    if (word.equals("BEGIN") || (blockDepth > 0 && word.equals("CASE"))) {
      blockDepth++;
    } else if (blockDepth > 0 && word.equals("END")) {
      // END IF / END LOOP / END WHILE / END REPEAT close blocks that were not counted
      String next = nextWord();
      if (!List.of("IF", "LOOP", "WHILE", "REPEAT").contains(next)) {
        blockDepth--;
      }
    }
  }

  private String nextWord() {
    int i = pos;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    int begin = i;
    while (i < sql.length() && isWordPart(sql.charAt(i))) {
      i++;
    }
    return sql.substring(begin, i).toUpperCase(Locale.ROOT);
  }

  private void readDelimiter() {
    int lineEnd = sql.indexOf('\n', pos);
    int end = lineEnd < 0 ? sql.length() : lineEnd;
    String value = sql.substring(pos + "DELIMITER".length(), end).strip();
    if (!value.isEmpty()) {
      delimiter = value;
    }
    pos = end;
  }

  private boolean atLineStart() {
    int i = pos - 1;
    while (i >= 0 && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || sql.charAt(i) == '\n';
  }

  private boolean startsWithWord(String word) {
    return sql.regionMatches(true, pos, word, 0, word.length())
        && pos + word.length() < sql.length()
        && Character.isWhitespace(sql.charAt(pos + word.length()));
  }

  private void skipLineComment() {
    while (pos < sql.length() && sql.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipBlockComment() {
    int close = sql.indexOf("*/", pos + 2);
    int end = close < 0 ? sql.length() : close + 2;
    while (pos < end) {
      advance();
    }
  }

  private void skipQuoted(char quote) {
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

  private char peek(int offset) {
    int i = pos + offset;
    return i < sql.length() ? sql.charAt(i) : '\0';
  }

  private static boolean isSpaceOrEnd(char c) {
    return c == '\0' || Character.isWhitespace(c);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private void advance() {
    if (sql.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }
}
