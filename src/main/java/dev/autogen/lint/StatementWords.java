package dev.autogen.lint;

import dev.autogen.dialect.Dialects;
import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of one PostgreSQL statement outside strings, quoted identifiers, bodies and
 * parentheses, in upper case, with the catalog form of each name beside it. The rules that read
 * statements the classifier keeps as {@link StatementKind#OTHER} ({@code ALTER DOMAIN}, {@code DROP
 * DATABASE}, ...) read them through this one class, so the tokenizer stays behind it.
 *
 * @param upper the top-level words in upper case (quoted identifiers as {@code ""})
 * @param names the catalog form of each of those words (a quoted identifier as written inside the
 *     quotes)
 */
public record StatementWords(List<String> upper, List<String> names) {
  private static final Tokenizer POSTGRES = new Tokenizer(Dialects.forName("postgres"));

  public StatementWords {
    upper = List.copyOf(upper);
    names = List.copyOf(names);
  }

  /** The top-level words of a PostgreSQL statement. */
  public static StatementWords of(String sql) {
    List<String> upper = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (Token t : POSTGRES.tokens(sql)) {
      if (t.isSymbol("(")) {
        depth++;
      } else if (t.isSymbol(")")) {
        depth--;
      } else if (depth == 0 && t.type() == Token.Type.WORD) {
        upper.add(t.text().toUpperCase(Locale.ROOT));
        names.add(t.name());
      } else if (depth == 0 && t.type() == Token.Type.QUOTED_IDENTIFIER) {
        upper.add("\"\"");
        names.add(t.name());
      } else if (depth == 0 && t.isSymbol(",")) {
        upper.add(",");
        names.add(",");
      }
    }
    return new StatementWords(upper, names);
  }

  /** The name at word {@code i}, or after an {@code IF EXISTS} there. */
  public String nameAfterIfExists(int i) {
    return name(word(i).equals("IF") ? i + 2 : i);
  }

  /**
   * The words of {@code s} when it is {@code DROP <object> ...} (a statement the reader kept as
   * {@link StatementKind#OTHER} with that object word as its detail); empty otherwise.
   */
  public static Optional<StatementWords> dropOf(LintStatement s, String object) {
    if (!s.detail().equals(object)) {
      return Optional.empty();
    }
    return ofOther(s).filter(w -> w.startsWith("DROP", object));
  }

  /**
   * The words of {@code s} when the reader kept it as {@link StatementKind#OTHER}; empty otherwise,
   * without reading the text.
   */
  public static Optional<StatementWords> ofOther(LintStatement s) {
    return s.kind() == StatementKind.OTHER ? Optional.of(of(s.source().text())) : Optional.empty();
  }

  /** Whether the statement starts with these words. */
  public boolean startsWith(String... words) {
    return at(0, words);
  }

  /** Whether these words follow each other somewhere in the statement. */
  public boolean contains(String... words) {
    return indexOf(words) >= 0;
  }

  /** Where these words first follow each other, or -1. */
  public int indexOf(String... words) {
    for (int i = 0; i + words.length <= upper.size(); i++) {
      if (at(i, words)) {
        return i;
      }
    }
    return -1;
  }

  /** The catalog form of the word at {@code i}, or empty past the end. */
  public String name(int i) {
    return i >= 0 && i < names.size() ? names.get(i) : "";
  }

  /** The upper-case word at {@code i}, or empty past the end. */
  public String word(int i) {
    return i >= 0 && i < upper.size() ? upper.get(i) : "";
  }

  public int size() {
    return upper.size();
  }

  private boolean at(int i, String... words) {
    if (i + words.length > upper.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!upper.get(i + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
