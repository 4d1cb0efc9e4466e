package dev.autogen.lint.state;

import dev.autogen.lint.StatementWords;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The volatility of the functions the migration files create ({@code CREATE FUNCTION}), by name in
 * catalog form: {@code v} volatile, {@code s} stable, {@code i} immutable, as {@code
 * pg_proc.provolatile} writes it. A function declared without a volatility is volatile, as
 * PostgreSQL makes it.
 */
public final class Functions {
  private final Map<String, Character> volatility = new HashMap<>();

  void created(String sql) {
    StatementWords w = StatementWords.of(sql);
    int at = w.indexOf("FUNCTION");
    if (at < 0) {
      return;
    }
    // CREATE FUNCTION [schema.]name(args): the name is the last word before the argument list
    int name = at + 1;
    while (w.word(name + 1).length() > 0
        && !w.word(name + 1).equals("RETURNS")
        && !w.word(name + 1).equals("LANGUAGE")
        && !w.word(name + 1).equals("AS")
        && name + 1 < at + 3) {
      name++;
    }
    char v = 'v';
    if (w.contains("IMMUTABLE")) {
      v = 'i';
    } else if (w.contains("STABLE")) {
      v = 's';
    }
    volatility.put(w.name(name), v);
  }

  /** The volatility of a function the files created, by its catalog name. */
  public Optional<Character> volatility(String name) {
    return Optional.ofNullable(volatility.get(name));
  }
}
