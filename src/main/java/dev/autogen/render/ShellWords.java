package dev.autogen.render;

/**
 * Quoting for a POSIX shell ({@code sh}, {@code bash}): every argument a rendered command
 * interpolates goes through {@link #quote}, so a name holding {@code $(...)}, a backtick, a space
 * or a quote reaches the tool as one literal word and is never run by the operator's shell.
 */
public final class ShellWords {

  private ShellWords() {}

  /**
   * {@code text} as one single-quoted shell word: inside single quotes a shell expands nothing, and
   * the one character that cannot appear there, {@code '}, is written {@code '\''} (close, escaped
   * quote, reopen).
   */
  public static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
