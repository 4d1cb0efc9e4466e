package dev.autogen.entities;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tokens of a Java source for {@link DeclarationParser}: identifiers and keywords, number,
 * character and string literals, and single-character punctuation (a generic type's {@code >>} is
 * two tokens; the parser refuses operators it does not know). Comments and white space are skipped,
 * lines counted as JavaParser counts them. Anything unusual (a unicode escape, a text block, an
 * unterminated comment or literal) gives no tokens, and the file is parsed by JavaParser.
 */
final class DeclarationTokens {

  static final byte END = 0;
  static final byte IDENTIFIER = 1;
  static final byte INTEGER = 2;
  static final byte LONG = 3;
  static final byte DECIMAL = 4;
  static final byte CHAR = 5;
  static final byte STRING = 6;
  static final byte PUNCTUATION = 7;

  final String text;
  byte[] kinds = new byte[256];
  int[] starts = new int[256];
  int[] ends = new int[256];
  int[] lines = new int[256];
  int size;

  private DeclarationTokens(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, ending with an {@link #END} token; empty when not plain. */
  static Optional<DeclarationTokens> of(String text) {
    if (text.indexOf("\\u") >= 0 || text.indexOf("\"\"\"") >= 0) {
      return Optional.empty();
    }
    DeclarationTokens tokens = new DeclarationTokens(text);
    return tokens.scan() ? Optional.of(tokens) : Optional.empty();
  }

  /** The token's text. */
  String image(int token) {
    return text.substring(starts[token], ends[token]);
  }

  /** Whether the token is exactly {@code s} (an identifier, keyword or punctuation). */
  boolean is(int token, String s) {
    int length = ends[token] - starts[token];
    return length == s.length() && text.startsWith(s, starts[token]);
  }

  boolean is(int token, char c) {
    return kinds[token] == PUNCTUATION && text.charAt(starts[token]) == c;
  }

  private boolean scan() {
    String t = text;
    int n = t.length();
    int i = 0;
    int line = 1;
    while (i < n) {
      char c = t.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (c == '\r') {
        line++;
        i += i + 1 < n && t.charAt(i + 1) == '\n' ? 2 : 1;
      } else if (c == ' ' || c == '\t' || c == '\f') {
        i++;
      } else if (c == '/' && i + 1 < n && t.charAt(i + 1) == '/') {
        while (i < n && t.charAt(i) != '\n' && t.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && t.charAt(i + 1) == '*') {
        int close = t.indexOf("*/", i + 2);
        if (close < 0) {
          return false;
        }
        for (int j = i + 2; j < close; j++) {
          char d = t.charAt(j);
          if (d == '\n' || (d == '\r' && (j + 1 >= n || t.charAt(j + 1) != '\n'))) {
            line++;
          }
        }
        i = close + 2;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i + 1;
        while (j < n && Character.isJavaIdentifierPart(t.charAt(j))) {
          j++;
        }
        add(IDENTIFIER, i, j, line);
        i = j;
      } else if (c >= '0' && c <= '9') {
        int j = number(i, line);
        if (j < 0) {
          return false;
        }
        i = j;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && t.charAt(j) != c) {
          char d = t.charAt(j);
          if (d == '\n' || d == '\r') {
            return false;
          }
          j += d == '\\' ? 2 : 1;
        }
        if (j >= n) {
          return false;
        }
        add(c == '"' ? STRING : CHAR, i, j + 1, line);
        i = j + 1;
      } else if (c == '.' && i + 2 < n && t.charAt(i + 1) == '.' && t.charAt(i + 2) == '.') {
        add(PUNCTUATION, i, i + 3, line);
        i += 3;
      } else if (c == '.' && i + 1 < n && Character.isDigit(t.charAt(i + 1))) {
        return false;
      } else if (c < 128 && "{}()[];,.@=<>?:!~+-*/&|^%".indexOf(c) >= 0) {
        add(PUNCTUATION, i, i + 1, line);
        i++;
      } else {
        return false;
      }
    }
    add(END, n, n, line);
    return true;
  }

  /**
   * Scans a number literal at {@code i}; the index after it, or -1 for a form left to JavaParser.
   */
  private int number(int i, int line) {
    String t = text;
    int n = t.length();
    int j = i;
    boolean decimal = false;
    if (t.charAt(j) == '0' && j + 1 < n && "xXbB".indexOf(t.charAt(j + 1)) >= 0) {
      j += 2;
      while (j < n && (Character.digit(t.charAt(j), 16) >= 0 || t.charAt(j) == '_')) {
        j++;
      }
      if (j < n && (t.charAt(j) == '.' || t.charAt(j) == 'p' || t.charAt(j) == 'P')) {
        return -1;
      }
    } else {
      while (j < n && (Character.isDigit(t.charAt(j)) || t.charAt(j) == '_')) {
        j++;
      }
      if (j < n && t.charAt(j) == '.' && !(j + 1 < n && t.charAt(j + 1) == '.')) {
        decimal = true;
        j++;
        while (j < n && (Character.isDigit(t.charAt(j)) || t.charAt(j) == '_')) {
          j++;
        }
      }
      if (j < n && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
        decimal = true;
        j++;
        if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
          j++;
        }
        while (j < n && Character.isDigit(t.charAt(j))) {
          j++;
        }
      }
      if (j < n && "fFdD".indexOf(t.charAt(j)) >= 0) {
        decimal = true;
        j++;
      }
    }
    byte kind = decimal ? DECIMAL : INTEGER;
    if (!decimal && j < n && (t.charAt(j) == 'l' || t.charAt(j) == 'L')) {
      kind = LONG;
      j++;
    }
    if (j < n && Character.isJavaIdentifierPart(t.charAt(j))) {
      return -1;
    }
    add(kind, i, j, line);
    return j;
  }

  private void add(byte kind, int start, int end, int line) {
    if (size == kinds.length) {
      int grown = size * 2;
      kinds = Arrays.copyOf(kinds, grown);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      lines = Arrays.copyOf(lines, grown);
    }
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    lines[size] = line;
    size++;
  }
}
