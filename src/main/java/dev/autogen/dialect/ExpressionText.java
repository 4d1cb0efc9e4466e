package dev.autogen.dialect;

import java.util.Set;
import java.util.TreeSet;

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

  /**
   * Sorts and de-duplicates the items of each {@code in} list of a normalised condition ({@code x
   * in 'b','a'} becomes {@code x in ('a','b')}): membership does not depend on the order written.
   * Expects the list's parentheses gone and no spaces around its commas, and puts them back: the
   * normalised condition is the one a plan writes into {@code CHECK (...)}.
   */
  public static String sortInLists(String e) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '\'') {
        int end = literalEnd(e, i);
        out.append(e, i, end);
        i = end;
      } else if (e.startsWith("in ", i)
          && (i == 0 || e.charAt(i - 1) == ' ')
          && i + 3 < e.length()) {
        Set<String> items = new TreeSet<>();
        int j = i + 3;
        while (true) {
          int end = e.charAt(j) == '\'' ? literalEnd(e, j) : itemEnd(e, j);
          items.add(e.substring(j, end));
          j = end;
          if (j + 1 < e.length() && e.charAt(j) == ',') {
            j++;
          } else {
            break;
          }
        }
        // parenthesised again: the normalised form is also the SQL a plan writes
        out.append("in (").append(String.join(",", items)).append(")");
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index after the single-quoted literal starting at {@code start} ({@code ''} escapes). */
  private static int literalEnd(String s, int start) {
    int j = start + 1;
    while (j < s.length()) {
      if (s.charAt(j) == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
        j += 2;
      } else if (s.charAt(j) == '\'') {
        return j + 1;
      } else {
        j++;
      }
    }
    return s.length();
  }

  private static int itemEnd(String s, int start) {
    int j = start;
    while (j < s.length() && s.charAt(j) != ',' && s.charAt(j) != ' ') {
      j++;
    }
    return j;
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
