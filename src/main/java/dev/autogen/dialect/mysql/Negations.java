package dev.autogen.dialect.mysql;

import dev.autogen.dialect.ExpressionText;
import java.util.List;

/**
 * A check condition's {@code not} pushed down as MariaDB stores it: the server keeps {@code not (a
 * > 1 and b > 2)} as {@code a <= 1 or b <= 2} and {@code not a = 1} as {@code a <> 1} (De Morgan's
 * laws, each comparison, {@code is null}, {@code in} and {@code like} turned round; tried on
 * 10.11), so the source's spelling is brought to the same form before they are compared. Works on
 * normalised text: lower case, operators without spaces around them. For comparing only; a plan
 * writes the condition as written.
 */
final class Negations {

  private static final List<String> OPERATORS = List.of("<=", ">=", "<>", "=", "<", ">");
  private static final List<String> INVERSES = List.of(">", "<", "=", "<>", ">=", "<=");

  private Negations() {}

  /** {@code e} with every {@code not} pushed as far down as the server pushes it. */
  static String pushed(String e) {
    return String.join(
        " or ",
        ExpressionText.splitTopLevel(e, "or").stream()
            .map(
                or ->
                    String.join(
                        " and ",
                        ExpressionText.splitTopLevel(or, "and").stream()
                            .map(Negations::term)
                            .toList()))
            .toList());
  }

  private static String term(String term) {
    if (term.startsWith("not ")) {
      return negated(term.substring(4).trim());
    }
    return ExpressionText.isGroup(term) ? "(" + pushed(inner(term)) + ")" : term;
  }

  /** {@code not x}, pushed down; left as {@code not x} where the server would keep it too. */
  private static String negated(String x) {
    if (ExpressionText.isGroup(x)) {
      return negated(inner(x));
    }
    List<String> ors = ExpressionText.splitTopLevel(x, "or");
    if (ors.size() > 1) {
      return "(" + String.join(" and ", ors.stream().map(Negations::negated).toList()) + ")";
    }
    List<String> ands = ExpressionText.splitTopLevel(x, "and");
    if (ands.size() > 1) {
      return "(" + String.join(" or ", ands.stream().map(Negations::negated).toList()) + ")";
    }
    if (x.startsWith("not ")) {
      return term(x.substring(4).trim());
    }
    if (x.endsWith(" is not null")) {
      return x.substring(0, x.length() - " is not null".length()) + " is null";
    }
    if (x.endsWith(" is null")) {
      return x.substring(0, x.length() - " is null".length()) + " is not null";
    }
    for (String[] pair : new String[][] {{" not in ", " in "}, {" not like ", " like "}}) {
      int at = x.indexOf(pair[0]);
      if (at > 0) {
        return x.substring(0, at) + pair[1] + x.substring(at + pair[0].length());
      }
      at = x.indexOf(pair[1]);
      if (at > 0) {
        return x.substring(0, at) + pair[0] + x.substring(at + pair[1].length());
      }
    }
    int at = ExpressionText.comparisonAt(x);
    if (at > 0) {
      String op = OPERATORS.stream().filter(o -> x.startsWith(o, at)).findFirst().orElseThrow();
      return x.substring(0, at)
          + INVERSES.get(OPERATORS.indexOf(op))
          + x.substring(at + op.length());
    }
    return "not " + x;
  }

  private static String inner(String group) {
    return group.substring(1, group.length() - 1).trim();
  }
}
