package dev.autogen.lint.run;

import java.util.List;
import java.util.Objects;

/**
 * One kind of statement the sandbox guard refuses to run on the dev database because it reaches
 * outside the throwaway database (see {@link SandboxGuard}).
 *
 * @param match how {@code words} are matched
 * @param words lower-case words; {@code a|b} accepts either, a trailing {@code ?} makes a word
 *     optional, {@code '} stands for a string literal; for {@link Match#CALL} one function name, a
 *     trailing {@code *} making it a prefix; for {@link Match#CHECK} the check's name
 * @param reason why it is refused, completing "reaches outside the throwaway database: ..."
 */
public record RefusedPattern(Match match, List<String> words, String reason) {
  /** Where in a statement the words are looked for. */
  public enum Match {
    /** The statement starts with the words; in routine bodies, also after a control word. */
    STATEMENT,
    /** The statement starts with the words; never looked for in routine bodies. */
    STATEMENT_ONLY,
    /** The words appear in this order anywhere in the statement. */
    ANYWHERE,
    /** A call of the function: its name followed by {@code (}. */
    CALL,
    /** A check written in code ({@link SandboxGuard}), for what a word list cannot say. */
    CHECK
  }

  public RefusedPattern {
    Objects.requireNonNull(match, "match");
    words = List.copyOf(words);
    Objects.requireNonNull(reason, "reason");
  }

  static RefusedPattern statement(String reason, String... words) {
    return new RefusedPattern(Match.STATEMENT, List.of(words), reason);
  }

  static RefusedPattern statementOnly(String reason, String... words) {
    return new RefusedPattern(Match.STATEMENT_ONLY, List.of(words), reason);
  }

  static RefusedPattern anywhere(String reason, String... words) {
    return new RefusedPattern(Match.ANYWHERE, List.of(words), reason);
  }

  static RefusedPattern call(String function, String reason) {
    return new RefusedPattern(Match.CALL, List.of(function), reason);
  }

  static RefusedPattern check(String name, String reason) {
    return new RefusedPattern(Match.CHECK, List.of(name), reason);
  }
}
