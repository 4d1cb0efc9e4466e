package dev.autogen.dialect;

/**
 * Dialect-neutral finishing steps for normalised SQL expression text, shared by the dialects'
 * {@link ExpressionRules}: whitespace collapsed, redundant outer parentheses removed (servers add
 * them when they store a check or default; users do not write them).
 */
public final class ExpressionText {

  private ExpressionText() {}

  /** Collapses runs of whitespace and drops parentheses that enclose the whole expression. */
  public static String tidy(String expression) {
    String e = expression.replaceAll("\\s+", " ").trim();
    while (e.startsWith("(") && e.endsWith(")") && balanced(e.substring(1, e.length() - 1))) {
      e = e.substring(1, e.length() - 1).trim();
    }
    return e;
  }

  /** Whether the parentheses outside single-quoted literals pair up. */
  private static boolean balanced(String s) {
    int depth = 0;
    boolean inString = false;
    for (char c : s.toCharArray()) {
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
