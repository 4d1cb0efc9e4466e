package dev.autogen.lint.run;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.dialect.Dialect;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.lint.run.SandboxTokens.Kind;
import dev.autogen.lint.run.SandboxTokens.Lexeme;
import dev.autogen.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses, before anything runs on the dev database, the statements that reach outside the
 * throwaway database a pull request's migrations are replayed in ({@link RefusedPatterns}). Routine
 * bodies ({@code DO} blocks, functions, procedures, triggers, events, {@code PREPARE}) are read
 * too: their words and the strings inside them (dynamic SQL). A body that builds a statement out of
 * pieces at run time cannot be read this way; the sandbox role is what stops that.
 */
public final class SandboxGuard {
  static final Rule SANDBOX_REFUSED =
      Rule.error(
          "sandbox-refused",
          "A statement reaches outside the throwaway dev database; lint refuses to run it.",
          "Keep migrations inside the application's own database; do server administration"
              + " (databases, roles, settings, files) outside migrations.");

  /** How deep strings inside routine bodies are read as SQL. */
  private static final int MAX_DEPTH = 3;

  private static final Set<String> BODY_LEADERS =
      Set.of(
          "begin", "then", "else", "loop", "do", "atomic", "declare", "execute", "perform", "row");

  private final SandboxTokens tokens;
  private final List<RefusedPattern> patterns;

  public SandboxGuard(Dialect dialect) {
    this.tokens = new SandboxTokens(dialect);
    this.patterns = RefusedPatterns.of(dialect);
  }

  /** The refused statements of one script, one violation each. */
  public List<Violation> check(String script) {
    List<Violation> out = new ArrayList<>();
    for (SqlStatement s : tokens.statements(script)) {
      refusal(s.text())
          .ifPresent(
              why ->
                  out.add(
                      new Violation(
                          SANDBOX_REFUSED,
                          s.line(),
                          "not run on the dev database: `"
                              + snippet(s.text())
                              + "` reaches outside the throwaway database ("
                              + why
                              + ")",
                          Optional.empty())));
    }
    return out;
  }

  /**
   * The refused statements of the files the dev database would replay, as findings; the files are
   * read as they are on disk.
   */
  public List<Finding> findings(List<MigrationFile> files, Function<Path, String> display)
      throws IOException {
    return findings(files, display, Map.of());
  }

  /**
   * As {@link #findings(List, Function)}, with each {@code ${name}} of {@code placeholders}
   * replaced by its value first: the statements are checked as Flyway would run them, so a value
   * cannot smuggle in what the file's text does not show.
   */
  public List<Finding> findings(
      List<MigrationFile> files, Function<Path, String> display, Map<String, String> placeholders)
      throws IOException {
    List<Finding> out = new ArrayList<>();
    for (MigrationFile f : files) {
      String text = Files.readString(f.path(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        text = text.replace("${" + p.getKey() + "}", p.getValue());
      }
      String name = display.apply(f.path());
      for (Violation v : check(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
        out.add(new Finding(name, v.line(), v.rule(), v.message(), v.subject(), Optional.empty()));
      }
    }
    return out;
  }

  /**
   * The {@code ${name}} values of a Flyway configuration ({@code flyway.placeholders.name=value}),
   * for {@link #findings(List, Function, Map)}.
   */
  public static Map<String, String> flywayPlaceholders(Map<String, String> flyway) {
    Map<String, String> out = new java.util.HashMap<>();
    String prefix = "flyway.placeholders.";
    flyway.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  /** Why the statement is refused, if it is. */
  Optional<String> refusal(String sql) {
    return refusal(tokens.lexemes(sql), false, 0);
  }

  private Optional<String> refusal(List<Lexeme> t, boolean body, int depth) {
    if (!body) {
      Optional<String> r = statementRefusal(t, false);
      return r.isPresent() || !routine(t) ? r : refusal(t, true, 1);
    }
    // a body's statements are split at semicolons; control words before them are skipped
    int from = 0;
    for (int i = 0; i <= t.size(); i++) {
      if (i == t.size() || t.get(i).isSymbol(";")) {
        int start = from;
        while (start < i
            && t.get(start).kind() == Kind.WORD
            && BODY_LEADERS.contains(t.get(start).text())) {
          start++;
        }
        Optional<String> r = statementRefusal(t.subList(start, i), true);
        if (r.isPresent()) {
          return r;
        }
        from = i + 1;
      }
    }
    if (depth < MAX_DEPTH) {
      // strings in a body are bodies or dynamic SQL (EXECUTE '...')
      for (Lexeme l : t) {
        if (l.kind() == Kind.TEXT) {
          Optional<String> r = refusal(tokens.lexemes(l.text()), true, depth + 1);
          if (r.isPresent()) {
            return r;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> statementRefusal(List<Lexeme> t, boolean body) {
    for (RefusedPattern p : patterns) {
      boolean hit =
          switch (p.match()) {
            case STATEMENT -> body ? afterControlWord(t, p.words()) : matchesAt(t, 0, p.words(), 0);
            case STATEMENT_ONLY -> !body && matchesAt(t, 0, p.words(), 0);
            case ANYWHERE -> anywhere(t, p.words());
            case CALL -> calls(t, p.words().get(0));
            case CHECK -> SandboxChecks.refuses(p.words().get(0), t, routine(t));
          };
      if (hit) {
        return Optional.of(p.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * DO blocks and CREATE FUNCTION / PROCEDURE / TRIGGER / EVENT, PREPARE: statements with bodies.
   */
  static boolean routine(List<Lexeme> t) {
    if (t.isEmpty()) {
      return false;
    }
    if (t.get(0).is("do") || t.get(0).is("prepare")) {
      return true;
    }
    if (!t.get(0).is("create")) {
      return false;
    }
    for (int i = 1; i < Math.min(t.size(), 12); i++) {
      String w = t.get(i).kind() == Kind.WORD ? t.get(i).text() : "";
      if (Set.of("function", "procedure", "trigger", "event").contains(w)) {
        return true;
      }
      if (Set.of("table", "index", "view", "schema", "sequence", "type").contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * In a body, a statement starts its piece or follows a control word ({@code IF x THEN DROP ...});
   * elsewhere the words are a column ({@code SET role = 'x'}).
   */
  private static boolean afterControlWord(List<Lexeme> t, List<String> words) {
    for (int i = 0; i < t.size(); i++) {
      boolean start =
          i == 0
              || (t.get(i - 1).kind() == Kind.WORD && BODY_LEADERS.contains(t.get(i - 1).text()));
      if (start && matchesAt(t, i, words, 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anywhere(List<Lexeme> t, List<String> words) {
    for (int i = 0; i < t.size(); i++) {
      if (matchesAt(t, i, words, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code words[w..]} match the lexemes from {@code i}, trying optional words both ways.
   */
  static boolean matchesAt(List<Lexeme> t, int i, List<String> words, int w) {
    if (w == words.size()) {
      return true;
    }
    String word = words.get(w);
    boolean optional = word.endsWith("?");
    String want = optional ? word.substring(0, word.length() - 1) : word;
    if (i < t.size() && accepts(t.get(i), want) && matchesAt(t, i + 1, words, w + 1)) {
      return true;
    }
    return optional && matchesAt(t, i, words, w + 1);
  }

  private static boolean accepts(Lexeme l, String want) {
    if (want.equals("'")) {
      return l.kind() == Kind.TEXT;
    }
    if (l.kind() != Kind.WORD) {
      return false;
    }
    for (String alternative : want.split("\\|")) {
      if (l.text().equals(alternative)) {
        return true;
      }
    }
    return false;
  }

  private static boolean calls(List<Lexeme> t, String function) {
    boolean prefix = function.endsWith("*");
    String name = prefix ? function.substring(0, function.length() - 1) : function;
    for (int i = 0; i + 1 < t.size(); i++) {
      Lexeme l = t.get(i);
      if (l.isName()
          && (prefix
              ? l.text().toLowerCase(java.util.Locale.ROOT).startsWith(name)
              : l.text().equalsIgnoreCase(name))
          && t.get(i + 1).isSymbol("(")) {
        return true;
      }
    }
    return false;
  }

  private static String snippet(String sql) {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
