package dev.autogen.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dialect-neutral finishing steps for normalised SQL expression text, shared by the dialects'
 * {@link ExpressionRules}: whitespace collapsed, redundant outer parentheses removed (servers add
 * them when they store a check or default; users do not write them).
 */
public final class ExpressionText {

  private ExpressionText() {}

  /**
   * Collapses runs of whitespace outside string literals (inside one, two spaces are part of its
   * value, and a default is written as normalised), drops those beside a comma, and drops
   * parentheses that enclose the whole expression.
   */
  public static String tidy(String expression) {
    // none beside a comma: one server writes f(a, b), the other f(a,b)
    String e = respaced(expression.strip(), ",");
    while (e.startsWith("(") && e.endsWith(")") && balanced(e.substring(1, e.length() - 1))) {
      e = e.substring(1, e.length() - 1).trim();
    }
    return e;
  }

  /**
   * Whitespace outside literals and quoted names as one space and none beside a comparison operator
   * or comma, {@code !=} as {@code <>}: spellings a server changes at will. Inside a literal
   * nothing changes, so {@code 'a, b'} and {@code 'a,b'} stay two values.
   */
  public static String compactOperators(String e) {
    return respaced(e, ",<>=!").trim();
  }

  /** Runs of whitespace outside literals and quoted names as one space. */
  public static String collapsedSpaces(String e) {
    return respaced(e, "").trim();
  }

  /**
   * {@code s} with each run of whitespace outside literals and quoted names one space, or none
   * beside a character of {@code tight}; where {@code tight} holds {@code !}, {@code !=} as {@code
   * <>}.
   */
  private static String respaced(String s, String tight) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = copyLiteral(s, i, out);
      } else if (Character.isWhitespace(c)) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        boolean beside =
            (out.length() > 0 && tight.indexOf(out.charAt(out.length() - 1)) >= 0)
                || (i < s.length()
                    && tight.indexOf(s.charAt(i)) >= 0
                    && (s.charAt(i) != '!' || s.startsWith("!=", i)));
        if (!beside) {
          out.append(' ');
        }
      } else if (c == '!' && tight.indexOf('!') >= 0 && s.startsWith("!=", i)) {
        out.append("<>");
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Sorts and de-duplicates the items of each {@code in} list of a normalised condition ({@code x
   * in 'b','a'} becomes {@code x in ('a','b')}): membership does not depend on the order written.
   * Expects the list's parentheses gone and no spaces around its commas, and puts them back. A list
   * of one is a comparison, as the servers store it.
   */
  public static String sortInLists(String e) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '\'' || c == '"') {
        i = copyLiteral(e, i, out);
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
        if (items.size() == 1 && out.length() > 0) {
          // both servers store x in ('A') as x = 'A', and x not in ('A') as x <> 'A'
          boolean not = out.toString().endsWith(" not ");
          out.setLength(out.length() - (not ? " not ".length() : 1));
          out.append(not ? "<>" : "=").append(items.iterator().next());
        } else {
          out.append("in (").append(String.join(",", items)).append(")");
        }
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Appends the literal starting at {@code start} to {@code out}; returns the index after it. */
  private static int copyLiteral(String s, int start, StringBuilder out) {
    int end = literalEnd(s, start);
    out.append(s, start, end);
    return end;
  }

  /**
   * The index after the literal or quoted name starting at {@code start}: single-quoted ({@code ''}
   * escapes) or double-quoted ({@code ""} escapes; a PostgreSQL name such as {@code "it's"}, whose
   * quote mark opens no literal).
   */
  private static int literalEnd(String s, int start) {
    char q = s.charAt(start);
    int j = start + 1;
    while (j < s.length()) {
      if (s.charAt(j) == q && j + 1 < s.length() && s.charAt(j + 1) == q) {
        j += 2;
      } else if (s.charAt(j) == q) {
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

  // words a grouping parenthesis may follow; after any other name, a parenthesis opens a call
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "any", "all", "some", "is", "when", "then", "else");

  /**
   * Drops the parentheses that only group, which the servers add around every operand, and keeps
   * those that carry meaning: a function call's (after a name that is not a keyword) and a group
   * with an {@code or} at its top inside a larger condition ({@code (a or b) and c}, which without
   * them would read {@code a or (b and c)}). The normalised condition is also the one a plan
   * writes, so it must mean what it meant. Single-quoted literals are left alone.
   */
  public static String stripGrouping(String e) {
    String whole = e.trim();
    while (whole.startsWith("(") && closing(whole, 0) == whole.length() - 1) {
      whole = whole.substring(1, whole.length() - 1).trim();
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < whole.length()) {
      char c = whole.charAt(i);
      if (c == '\'' || c == '"') {
        i = copyLiteral(whole, i, out);
      } else if (c == '(') {
        int end = closing(whole, i);
        if (end < 0) {
          out.append(whole.substring(i)); // unbalanced: left as written
          break;
        }
        String inner = stripGrouping(whole.substring(i + 1, end));
        String before = precedingWord(out).toLowerCase(Locale.ROOT);
        boolean call = !before.isEmpty() && !KEYWORDS.contains(before);
        // not binds tighter than and/or: not (a and b) is not (not a) and b
        boolean negated = before.equals("not") && hasTopLevel(inner, "and");
        if (call || negated || hasTopLevel(inner, "or")) {
          out.append('(').append(inner).append(')');
        } else {
          out.append(' ').append(inner).append(' ');
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return collapsedSpaces(out.toString());
  }

  /**
   * What {@link #expandBetween} finds: {@code x [not] between a and b}, where {@code x} matches
   * {@code operand} (a dialect's names and calls) with no character of the class {@code nameChar}
   * right before it; groups 1 ({@code x}), 2 ({@code not}, if any), 3 and 4 ({@code a}, {@code b}).
   */
  public static java.util.regex.Pattern betweenPattern(String nameChar, String operand) {
    return java.util.regex.Pattern.compile(
        "(?<!" + nameChar + ")(" + operand + ")\\s+(not\\s+)?between\\s+(\\S+)\\s+and\\s+(\\S+)");
  }

  /**
   * {@code x between a and b} as {@code (x>=a and x<=b)} and {@code x not between a and b} as
   * {@code (x<a or x>b)}, in parentheses as a server groups them when it stores the expanded form;
   * {@code between} is a {@link #betweenPattern}.
   */
  public static String expandBetween(java.util.regex.Pattern between, String e) {
    return between
        .matcher(e)
        .replaceAll(
            m -> {
              String x = m.group(1);
              String expanded =
                  m.group(2) == null
                      ? "(" + x + ">=" + m.group(3) + " and " + x + "<=" + m.group(4) + ")"
                      : "(" + x + "<" + m.group(3) + " or " + x + ">" + m.group(4) + ")";
              return java.util.regex.Matcher.quoteReplacement(expanded);
            });
  }

  /**
   * {@code e} without the parentheses around all of it ({@code ((a >= 0))} is {@code a >= 0}),
   * everything else as written: for a condition the server gives back, written again.
   */
  public static String withoutOuterParentheses(String e) {
    String s = e.strip();
    while (s.startsWith("(") && closing(s, 0) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String s, int open) {
    return scan(s, open, (j, depth) -> depth == 0 && s.charAt(j) == ')');
  }

  /** A character {@link #scan} stops at, by its index and the parentheses around it. */
  private interface Stop {
    boolean at(int index, int depth);
  }

  /**
   * The first index from {@code from} on where {@code stop} says so, or -1; literals and quoted
   * names are passed over whole, every other character is handed over with the depth of the
   * parentheses around it, counted from {@code from} (an opening parenthesis counts as inside what
   * it opens, a closing one as outside what it closes).
   */
  private static int scan(String s, int from, Stop stop) {
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = literalEnd(s, i) - 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (stop.at(i, depth)) {
        return i;
      }
    }
    return -1;
  }

  /** The name or keyword right before the end of {@code out}, spaces skipped; empty if none. */
  private static String precedingWord(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0
        && (Character.isLetterOrDigit(out.charAt(start - 1))
            || out.charAt(start - 1) == '_'
            || out.charAt(start - 1) == '`'
            || out.charAt(start - 1) == '"')) {
      start--;
    }
    return out.substring(start, end);
  }

  /** Whether {@code e} has the word {@code word} outside its parentheses and literals. */
  private static boolean hasTopLevel(String e, String word) {
    return !topLevel(e, word).isEmpty();
  }

  /** Where the word {@code word} stands outside the parentheses and literals of {@code e}. */
  private static java.util.List<Integer> topLevel(String e, String word) {
    java.util.List<Integer> at = new java.util.ArrayList<>();
    String lower = e.toLowerCase(Locale.ROOT);
    scan(
        lower,
        0,
        (j, depth) -> {
          if (depth == 0
              && lower.startsWith(word, j)
              && (j == 0 || lower.charAt(j - 1) == ' ')
              && (j + word.length() == lower.length() || lower.charAt(j + word.length()) == ' ')) {
            at.add(j);
          }
          return false; // every place, not the first
        });
    return at;
  }

  /**
   * {@code e} cut at each {@code word} ({@code and}, {@code or}) outside its parentheses and
   * literals, each part trimmed; one part when there is none.
   */
  public static java.util.List<String> splitTopLevel(String e, String word) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int from = 0;
    for (int at : topLevel(e, word)) {
      parts.add(e.substring(from, at).trim());
      from = at + word.length();
    }
    parts.add(e.substring(from).trim());
    return parts;
  }

  /**
   * Where the first comparison operator ({@code <}, {@code >}, {@code =}) of {@code e} stands
   * outside its parentheses, literals and quoted names, or -1.
   */
  public static int comparisonAt(String e) {
    return scan(e, 0, (i, depth) -> depth == 0 && "<>=".indexOf(e.charAt(i)) >= 0);
  }

  /** Whether parentheses enclose all of {@code e}. */
  public static boolean isGroup(String e) {
    return e.startsWith("(") && closing(e, 0) == e.length() - 1;
  }

  /**
   * A plain conjunction in a fixed order: Hibernate joins a column's checks ({@code @Min} and
   * {@code @Max}) in no stable order. Split only at an {@code and} outside parentheses and
   * literals; left alone with an {@code or} there (precedence) or a {@code between} (its {@code
   * and} joins no conditions). For comparing only: the order written is kept where it is written.
   */
  public static String sortConjuncts(String e) {
    java.util.List<Integer> ands = topLevel(e, "and");
    if (ands.isEmpty() || hasTopLevel(e, "or") || hasTopLevel(e, "between")) {
      return e;
    }
    return String.join(" and ", splitTopLevel(e, "and").stream().sorted().toList());
  }

  /**
   * {@code e} with each call of {@code function} (lower case, as normal forms are) replaced by what
   * {@code rewrite} makes of its argument text, inner calls rewritten first; a call {@code rewrite}
   * declines (empty), or whose parenthesis is not closed, is left as written. For a server that
   * stores a call in another spelling (MariaDB keeps {@code mod(a, 2)} as {@code a MOD 2}).
   */
  public static String rewriteCalls(
      String e,
      String function,
      java.util.function.Function<String, java.util.Optional<String>> rewrite) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      int open =
          e.startsWith(function, i) && !partOfName(e, i - 1)
              ? callOpening(e, i, function.length())
              : -1;
      int close = open < 0 ? -1 : closing(e, open);
      if (c == '\'' || c == '"') {
        i = copyLiteral(e, i, out);
      } else if (close < 0) {
        out.append(c);
        i++;
      } else {
        String arguments = rewriteCalls(e.substring(open + 1, close), function, rewrite);
        out.append(rewrite.apply(arguments).orElse(function + "(" + arguments + ")"));
        i = close + 1;
      }
    }
    return out.toString();
  }

  /** A call's argument text cut at its commas outside parentheses and literals, each trimmed. */
  public static java.util.List<String> arguments(String text) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int j = 0; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\'' || c == '"') {
        j = literalEnd(text, j) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(from, j).trim());
        from = j + 1;
      }
    }
    parts.add(text.substring(from).trim());
    return parts;
  }

  /**
   * Whether the character at {@code at} can end a name (so a word starting after it is no call).
   */
  private static boolean partOfName(String e, int at) {
    return at >= 0
        && (Character.isLetterOrDigit(e.charAt(at)) || "_$`.".indexOf(e.charAt(at)) >= 0);
  }

  /**
   * Where the parenthesis opening a call of the {@code length}-letter word at {@code start} stands
   * (spaces may come between), or -1 when the word goes on or no parenthesis follows.
   */
  private static int callOpening(String e, int start, int length) {
    int j = start + length;
    if (j < e.length() && partOfName(e, j)) {
      return -1;
    }
    while (j < e.length() && e.charAt(j) == ' ') {
      j++;
    }
    return j < e.length() && e.charAt(j) == '(' ? j : -1;
  }

  /** Whether the parentheses outside literals and quoted names pair up. */
  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        int end = literalEnd(s, i);
        if (end == s.length() && (end - 1 <= i || s.charAt(end - 1) != c)) {
          return false; // unterminated
        }
        i = end - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
