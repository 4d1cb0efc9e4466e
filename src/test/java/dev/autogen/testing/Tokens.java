package dev.autogen.testing;

import dev.autogen.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a {@link SchemaSnapshot}: bare words, double-quoted strings ({@code ""} inside for
 * a quote; they may span lines), and the punctuation {@code ( ) ,}. Whitespace only separates.
 */
final class Tokens {

  private record Token(String text, boolean quoted, int line) {}

  private final List<Token> tokens = new ArrayList<>();
  private int next;

  Tokens(String text) {
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        tokens.add(new Token(String.valueOf(c), false, line));
        i++;
      } else if (c == '"') {
        StringBuilder s = new StringBuilder();
        int start = line;
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("line " + start + ": unterminated string");
          }
          char d = text.charAt(i);
          if (d == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            s.append('"');
            i += 2;
          } else if (d == '"') {
            i++;
            break;
          } else {
            line += d == '\n' ? 1 : 0;
            s.append(d);
            i++;
          }
        }
        tokens.add(new Token(s.toString(), true, start));
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "(),\"".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), false, line));
      }
    }
  }

  boolean atEnd() {
    return next >= tokens.size();
  }

  /** Whether the next token is the bare word {@code word}. */
  boolean peekWord(String word) {
    return !atEnd() && !tokens.get(next).quoted() && tokens.get(next).text().equals(word);
  }

  boolean peek(String punctuation) {
    return peekWord(punctuation);
  }

  Tokens skip() {
    take();
    return this;
  }

  /** The next token, which must be a bare word. */
  String word() {
    Token t = take();
    if (t.quoted()) {
      throw error("expected a keyword, found \"" + t.text() + "\"");
    }
    return t.text();
  }

  /** The text of the next token, bare or quoted. */
  String any() {
    Token t = take();
    if (!t.quoted() && "(),".contains(t.text())) {
      throw error("expected a word or a string, found " + t.text());
    }
    return t.text();
  }

  Identifier name() {
    return Identifier.of(any());
  }

  long number() {
    String w = word();
    try {
      return Long.parseLong(w);
    } catch (NumberFormatException e) {
      throw error("expected a number, found " + w);
    }
  }

  <E extends Enum<E>> E choice(Class<E> kind) {
    String w = word();
    try {
      return Enum.valueOf(kind, w.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error("expected a " + kind.getSimpleName() + ", found " + w);
    }
  }

  void expect(String word) {
    if (!peekWord(word)) {
      throw error("expected " + word + (atEnd() ? " at the end" : ", found " + take().text()));
    }
    next++;
  }

  /** {@code ( item, item )}, each item read by {@code item}. */
  void list(Runnable item) {
    expect("(");
    if (peek(")")) {
      next++;
      return;
    }
    item.run();
    while (peek(",")) {
      next++;
      item.run();
    }
    expect(")");
  }

  List<Identifier> names() {
    List<Identifier> names = new ArrayList<>();
    list(() -> names.add(name()));
    return names;
  }

  IllegalArgumentException error(String message) {
    int line =
        tokens.isEmpty() ? 1 : tokens.get(Math.max(0, Math.min(next, tokens.size()) - 1)).line();
    return new IllegalArgumentException("line " + line + ": " + message);
  }

  private Token take() {
    if (atEnd()) {
      throw error("unexpected end");
    }
    return tokens.get(next++);
  }
}
