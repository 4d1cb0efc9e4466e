package dev.autogen.lint.rules;

import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code -- autogen:allow CODE reason} comments of one file ({@code # autogen:allow} in MySQL
 * scripts too). A comment applies to the next statement (or, after the last statement, to that
 * one); the reason is required and is echoed in the report. A comment without a reason suppresses
 * nothing and is itself a finding.
 */
public final class Suppressions {
  static final String MARKER = "autogen:allow";

  static final Rule MISSING_REASON =
      Rule.error(
          "allow-without-reason",
          "An autogen:allow comment without a reason suppresses nothing.",
          "Write why the finding is acceptable: -- autogen:allow CODE reason.");

  private final Map<Integer, Map<String, String>> byStatementLine = new HashMap<>();
  private final List<Violation> problems = new ArrayList<>();

  private Suppressions() {}

  public static Suppressions read(String text, List<SqlStatement> statements) {
    Suppressions s = new Suppressions();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      // -- in every dialect, # in MySQL scripts
      int dashes = lines[i].indexOf("--");
      int hash = lines[i].indexOf('#');
      int comment = dashes < 0 || (hash >= 0 && hash < dashes) ? hash : dashes;
      if (comment < 0) {
        continue;
      }
      String body = lines[i].substring(comment + (comment == hash ? 1 : 2)).strip();
      if (!body.startsWith(MARKER)) {
        continue;
      }
      String[] words = body.substring(MARKER.length()).strip().split("\\s+", 2);
      int line = i + 1;
      int target = targetLine(line, statements);
      if (words[0].isEmpty() || words.length < 2 || words[1].isBlank()) {
        s.problems.add(
            MISSING_REASON.at(
                line,
                "autogen:allow " + words[0] + " has no reason, so it suppresses nothing",
                Optional.empty()));
        continue;
      }
      s.byStatementLine
          .computeIfAbsent(target, k -> new HashMap<>())
          .put(words[0], words[1].strip());
    }
    return s;
  }

  private static int targetLine(int commentLine, List<SqlStatement> statements) {
    for (SqlStatement st : statements) {
      if (st.line() >= commentLine) {
        return st.line();
      }
    }
    return statements.isEmpty() ? commentLine : statements.get(statements.size() - 1).line();
  }

  /** The reason given for {@code code} on the statement starting at {@code line}, if any. */
  public Optional<String> reason(int line, String code) {
    return Optional.ofNullable(byStatementLine.getOrDefault(line, Map.of()).get(code));
  }

  public List<Violation> problems() {
    return List.copyOf(problems);
  }
}
