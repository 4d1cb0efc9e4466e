package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a PostgreSQL script into statements at top-level semicolons. Semicolons inside {@code
 * '...'} strings (with {@code ''} escapes), {@code E'...'} strings (with backslash escapes), {@code
 * "..."} identifiers, {@code $$...$$} / {@code $tag$...$tag$} dollar quotes, {@code --} line
 * comments, nested {@code /* *}{@code /} block comments and SQL-standard {@code BEGIN ATOMIC ...
 * END} function bodies do not end a statement. Statements that hold nothing but whitespace and
 * comments are dropped. psql meta-commands ({@code \connect}, {@code \i}) are not understood.
 */
public final class SqlScript {
  private SqlScript() {}

  /** The statements of {@code sql}, in order, trimmed and without their terminating semicolon. */
  public static List<String> split(String sql) {
    return statements(sql).stream().map(SqlStatement::text).toList();
  }

  /** Like {@link #split}, with the 1-based line on which each statement starts. */
  public static List<SqlStatement> statements(String sql) {
    return new Splitter(sql).run();
  }

  /** The statements of a script written for {@code syntax} (see {@link MysqlScriptSplitter}). */
  public static List<SqlStatement> statements(String sql, ScriptSyntax syntax) {
    return syntax == ScriptSyntax.MYSQL
        ? new MysqlScriptSplitter(sql).run()
        : new Splitter(sql).run();
  }

  /** One pass over the script; mutable state lives only for the duration of one call. */
  private static final class Splitter {
    private final String sql;
    private final List<SqlStatement> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int start;
    private int startLine;
    private boolean hasCode;
    private int atomicDepth;
    private String previousWord = "";

    Splitter(String sql) {
      this.sql = sql;
    }

    List<SqlStatement> run() {
      while (pos < sql.length()) {
        char c = sql.charAt(pos);
        if (c == '-' && peek(1) == '-') {
          skipLineComment();
        } else if (c == '/' && peek(1) == '*') {
          skipBlockComment();
        } else if (c == '\'') {
          markCode();
          skipQuoted('\'', isEscapeStringPrefix());
        } else if (c == '"') {
          markCode();
          skipQuoted('"', false);
        } else if (c == '$' && !identifierCharBefore(pos) && dollarTagEnd() > 0) {
          markCode();
          skipDollarQuoted();
        } else if (c == ';' && atomicDepth == 0) {
          emit(pos);
          pos++;
        } else if (isIdentifierStart(c) && !identifierCharBefore(pos)) {
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
      atomicDepth = 0;
      previousWord = "";
    }

    private void markCode() {
      if (!hasCode) {
        // comments before the first token belong to the script, not to the statement
        hasCode = true;
        start = pos;
        startLine = line;
      }
    }

    private void word() {
      int begin = pos;
      while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
        pos++;
      }
      String word = sql.substring(begin, pos).toUpperCase(Locale.ROOT);
      if (word.equals("ATOMIC") && previousWord.equals("BEGIN")) {
        atomicDepth++;
      } else if (atomicDepth > 0 && word.equals("CASE")) {
        // CASE ... END inside an atomic body closes with END too
        atomicDepth++;
      } else if (atomicDepth > 0 && word.equals("END")) {
        atomicDepth--;
      }
      previousWord = word;
    }

    private void skipLineComment() {
      while (pos < sql.length() && sql.charAt(pos) != '\n') {
        pos++;
      }
    }

    private void skipBlockComment() {
      int depth = 0;
      while (pos < sql.length()) {
        if (sql.charAt(pos) == '/' && peek(1) == '*') {
          depth++;
          pos += 2;
        } else if (sql.charAt(pos) == '*' && peek(1) == '/') {
          depth--;
          pos += 2;
          if (depth == 0) {
            return;
          }
        } else {
          advance();
        }
      }
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
      pos++;
      while (pos < sql.length()) {
        char c = sql.charAt(pos);
        if (backslashEscapes && c == '\\') {
          advance();
          if (pos < sql.length()) {
            advance();
          }
        } else if (c == quote) {
          pos++;
          if (peek(0) == quote) {
            pos++;
          } else {
            return;
          }
        } else {
          advance();
        }
      }
    }

    private void skipDollarQuoted() {
      int tagEnd = dollarTagEnd();
      String tag = sql.substring(pos, tagEnd);
      pos = tagEnd;
      int close = sql.indexOf(tag, pos);
      int end = close < 0 ? sql.length() : close + tag.length();
      while (pos < end) {
        advance();
      }
    }

    /** End (exclusive) of a {@code $tag$} opening at {@code pos}, or -1 if there is none. */
    private int dollarTagEnd() {
      int i = pos + 1;
      if (i < sql.length() && sql.charAt(i) == '$') {
        return i + 1;
      }
      // a tag never starts with a digit: $1 is a parameter, not a quote
      if (i >= sql.length() || !isIdentifierStart(sql.charAt(i))) {
        return -1;
      }
      while (i < sql.length() && isIdentifierPart(sql.charAt(i)) && sql.charAt(i) != '$') {
        i++;
      }
      return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private boolean isEscapeStringPrefix() {
      return pos > 0
          && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
          && !identifierCharBefore(pos - 1);
    }

    private boolean identifierCharBefore(int index) {
      return index > 0 && isIdentifierPart(sql.charAt(index - 1));
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

    private static boolean isIdentifierStart(char c) {
      return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
  }
}
