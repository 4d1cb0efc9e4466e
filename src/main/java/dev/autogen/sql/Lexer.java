package dev.autogen.sql;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.ScriptConventions;
import dev.autogen.dialect.ScriptConventions.Lexeme;

/**
 * The one scanner over SQL text: reads tokens one at a time, skipping whitespace and comments,
 * under a dialect's {@link ScriptConventions}. Strings, quoted identifiers and dollar-quoted bodies
 * are single tokens, so nothing inside them is ever taken for SQL; an unterminated one runs to the
 * end of the text. Every character is looked at a bounded number of times, so a scan is linear in
 * the length of the text. One instance reads one text; its state lives only for that read.
 */
final class Lexer {
  private final String sql;
  private final int n;
  private final ScriptConventions conventions;
  private final IdentifierRules names;
  private final boolean nestedComments;
  private final boolean dashNeedsSpace;
  private final boolean hashComments;
  private final boolean escapeStrings;
  private final boolean unicodeEscapes;
  private final boolean dollarQuotes;
  private int pos;
  // the line of lineOffset; positions only move forward, so counting newlines stays linear
  private int line = 1;
  private int lineOffset;
  private int lineStart;
  private String delimiter = ";";
  private int comments;

  /**
   * @param firstLine the line number of the text's first line (1 for a script)
   */
  Lexer(String sql, int firstLine, ScriptConventions conventions, IdentifierRules names) {
    this.sql = sql;
    this.line = firstLine;
    this.n = sql.length();
    this.conventions = conventions;
    this.names = names;
    this.nestedComments = conventions.has(Lexeme.NESTED_COMMENTS);
    this.dashNeedsSpace = conventions.has(Lexeme.DASH_COMMENTS_NEED_SPACE);
    this.hashComments = conventions.has(Lexeme.HASH_COMMENTS);
    this.escapeStrings = conventions.has(Lexeme.ESCAPE_STRINGS);
    this.unicodeEscapes = conventions.has(Lexeme.UNICODE_ESCAPES);
    this.dollarQuotes = conventions.has(Lexeme.DOLLAR_QUOTES);
  }

  boolean atEnd() {
    return pos >= n;
  }

  /** How many comments {@link #skipTrivia} has skipped so far. */
  int commentsSkipped() {
    return comments;
  }

  int position() {
    return pos;
  }

  /** Skips whitespace and comments up to the next token (or the end). */
  void skipTrivia() {
    while (pos < n) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && peek(1) == '-' && (!dashNeedsSpace || spaceOrEnd(pos + 2))) {
        comments++;
        skipLine();
      } else if (c == '#' && hashComments) {
        comments++;
        skipLine();
      } else if (c == '/' && peek(1) == '*') {
        comments++;
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  /** Whether the current statement terminator starts here. */
  boolean atDelimiter() {
    return sql.startsWith(delimiter, pos);
  }

  void skipDelimiter() {
    pos += delimiter.length();
  }

  /** Makes {@code value} the statement terminator from here on ({@code DELIMITER //}). */
  void delimiter(String value) {
    delimiter = value;
  }

  /** Whether only blanks stand between the last line break and here. */
  boolean atLineStart() {
    int i = pos - 1;
    while (i >= 0 && (sql.charAt(i) == ' ' || sql.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || sql.charAt(i) == '\n' || sql.charAt(i) == '\r';
  }

  /** Whether the word {@code word} (any case) comes next, followed by whitespace. */
  boolean atCommand(String word) {
    int end = pos + word.length();
    return sql.regionMatches(true, pos, word, 0, word.length())
        && end < n
        && Character.isWhitespace(sql.charAt(end));
  }

  /** Reads the rest of the line after a client command word and returns its first word. */
  String commandArgument(String word) {
    int lineEnd = pos;
    while (lineEnd < n && sql.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    String rest = sql.substring(pos + word.length(), lineEnd).strip();
    pos = lineEnd;
    int space = 0;
    while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
      space++;
    }
    return rest.substring(0, space);
  }

  /** The text between two offsets. */
  String text(int from, int to) {
    return sql.substring(from, to);
  }

  /** Reads the token starting here (call {@link #skipTrivia} first). */
  Token next() {
    int start = pos;
    char c = sql.charAt(pos);
    if (c == '\'' || (c == '"' && conventions.doubleQuotedStrings())) {
      return quoted(start, c, Token.Type.STRING, conventions.backslashEscapes());
    }
    if (c == conventions.identifierQuote()) {
      return quoted(start, c, Token.Type.QUOTED_IDENTIFIER, false);
    }
    if (c == '$' && dollarQuotes) {
      int tagEnd = dollarTagEnd(pos);
      if (tagEnd > 0) {
        return dollarBody(start, tagEnd);
      }
    }
    if (isWordStart(c)) {
      return wordOrPrefixedString(start, c);
    }
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      pos++;
      while (pos < n
          && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')
          && !atCustomDelimiter()) {
        pos++;
      }
      String number = sql.substring(start, pos);
      return token(Token.Type.NUMBER, number, number, number, start);
    }
    pos += c == ':' && peek(1) == ':' ? 2 : 1;
    String symbol = sql.substring(start, pos);
    return token(Token.Type.SYMBOL, symbol, symbol, symbol, start);
  }

  private Token wordOrPrefixedString(int start, char c) {
    pos++;
    while (pos < n && isWordPart(sql.charAt(pos)) && !atCustomDelimiter()) {
      pos++;
    }
    if (pos - start == 1 && pos < n) {
      char next = sql.charAt(pos);
      if (next == '\'' && "EeBbXxNn".indexOf(c) >= 0) {
        // E'...', B'...', X'...', N'...': the prefix belongs to the string
        boolean escapes =
            conventions.backslashEscapes() || (escapeStrings && (c == 'E' || c == 'e'));
        pos = start + 1;
        return quoted(start, '\'', Token.Type.STRING, escapes);
      }
      if (unicodeEscapes && (c == 'U' || c == 'u') && next == '&') {
        char quote = peek(1);
        if (quote == '\'' || quote == conventions.identifierQuote()) {
          // U&'...' and U&"...": backslashes are Unicode escapes, resolved after lexing
          pos = start + 2;
          Token.Type type = quote == '\'' ? Token.Type.STRING : Token.Type.QUOTED_IDENTIFIER;
          return quoted(start, quote, type, false);
        }
      }
    }
    String word = sql.substring(start, pos);
    return token(Token.Type.WORD, word, names.fold(word).value(), word, start);
  }

  /** Reads a quoted token whose quote is at {@code pos} (any prefix starts at {@code start}). */
  private Token quoted(int start, char quote, Token.Type type, boolean escapes) {
    StringBuilder text = new StringBuilder();
    int j = pos + 1;
    while (j < n) {
      char c = sql.charAt(j);
      if (escapes && c == '\\' && j + 1 < n) {
        text.append(sql.charAt(j + 1));
        j += 2;
      } else if (c == quote && j + 1 < n && sql.charAt(j + 1) == quote) {
        text.append(quote);
        j += 2;
      } else if (c == quote) {
        j++;
        break;
      } else {
        text.append(c);
        j++;
      }
    }
    pos = j;
    String source = sql.substring(start, j);
    String value = text.toString();
    String name = type == Token.Type.QUOTED_IDENTIFIER ? names.fromSql(source).value() : value;
    return token(type, value, name, source, start);
  }

  private Token dollarBody(int start, int tagEnd) {
    String tag = sql.substring(start, tagEnd);
    int close = sql.indexOf(tag, tagEnd);
    int bodyEnd = close < 0 ? n : close;
    pos = close < 0 ? n : close + tag.length();
    String body = sql.substring(tagEnd, bodyEnd);
    return token(Token.Type.DOLLAR_BODY, body, body, sql.substring(start, pos), start);
  }

  /**
   * End (exclusive) of a {@code $tag$} opening at {@code i}, or -1: a tag is empty or a word
   * without {@code $} that does not start with a digit ({@code $1} is a parameter).
   */
  private int dollarTagEnd(int i) {
    int j = i + 1;
    if (j < n && isWordStart(sql.charAt(j))) {
      j++;
      while (j < n && isWordPart(sql.charAt(j)) && sql.charAt(j) != '$') {
        j++;
      }
    }
    return j < n && sql.charAt(j) == '$' ? j + 1 : -1;
  }

  private void skipLine() {
    while (pos < n && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
      pos++;
    }
  }

  private void skipBlockComment() {
    int depth = 0;
    while (pos < n) {
      if (sql.charAt(pos) == '/' && peek(1) == '*' && (depth == 0 || nestedComments)) {
        depth++;
        pos += 2;
      } else if (sql.charAt(pos) == '*' && peek(1) == '/') {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
  }

  /** A custom terminator ({@code DELIMITER $$}) ends a word or number it touches. */
  private boolean atCustomDelimiter() {
    return !delimiter.equals(";") && atDelimiter();
  }

  private Token token(Token.Type type, String text, String name, String source, int start) {
    while (lineOffset < start) {
      if (sql.charAt(lineOffset) == '\n') {
        line++;
        lineStart = lineOffset + 1;
      }
      lineOffset++;
    }
    return new Token(type, text, name, source, line, start - lineStart + 1);
  }

  private char peek(int offset) {
    int i = pos + offset;
    return i < n ? sql.charAt(i) : '\0';
  }

  private boolean spaceOrEnd(int i) {
    return i >= n || Character.isWhitespace(sql.charAt(i)) || Character.isISOControl(sql.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_' || c >= 0x80;
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c) || c == '$';
  }
}
