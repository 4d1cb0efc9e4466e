package dev.autogen.dialect.postgres;

import dev.autogen.dialect.ExpressionRules;
import dev.autogen.dialect.ExpressionText;
import dev.autogen.model.Identifier;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings defaults and check conditions into one spelling: the server stores {@code 'a'} as {@code
 * 'a'::character varying}, {@code x IN ('a','b')} as {@code x = ANY (ARRAY[...])}, and wraps
 * everything in parentheses; a mapping writes none of that.
 */
final class PostgresExpressionRules implements ExpressionRules {

  private static final Pattern CAST =
      Pattern.compile(
          "::\\s*\"?[a-z_][a-z0-9_]*\"?(?:\\s+(?:varying|precision|with(?:out)?\\s+time\\s+zone))*"
              + "(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\[\\])?");
  private static final PostgresIdentifierRules NAMES = new PostgresIdentifierRules();
  private static final Pattern ANY_ARRAY = Pattern.compile("=\\s*any\\s*array\\s*\\[([^\\]]*)\\]");

  /**
   * {@code x [not] between a and b}, {@code x} a name or a call without nested parentheses: the
   * server stores it as {@code x >= a and x <= b} ({@code x < a or x > b}).
   */
  private static final Pattern BETWEEN =
      ExpressionText.betweenPattern(
          "[a-z0-9_]", "(?!not\\b)[a-z_][a-z0-9_]*(?:\\([^()]*\\))?|\"[^\"]+\"");

  /**
   * A negative number as the server writes it, a string cast to its type ({@code '-1'::integer}).
   */
  private static final Pattern NUMBER_CAST =
      Pattern.compile(
          "'(-\\d+(?:\\.\\d+)?)'::(?:integer|bigint|smallint|numeric|real|double precision)\\b");

  /** The server's spelling of {@code like} and {@code ilike}, and their negations. */
  private static final Pattern LIKE_OPERATOR = Pattern.compile("(?<![~!])(!?)~~(\\*?)(?![~*])");

  @Override
  public String normalizeDefault(String expression) {
    // the server stores a negative number as '-1'::integer (7 as 7, '7' as '7'::bigint); a
    // string's '-1' stays a string
    String e = canonical(NUMBER_CAST.matcher(expression.strip()).replaceAll("$1"));
    return switch (e) {
      case "now()", "current_timestamp", "transaction_timestamp()" -> "current_timestamp";
      default -> e;
    };
  }

  @Override
  public String normalizeCheck(String expression) {
    // the server stores a negative constant as '-3'::integer; with the cast gone, unquote it
    String e = canonical(expression).replaceAll("'(-?\\d+(?:\\.\\d+)?)'", "$1");
    e = ExpressionText.expandBetween(BETWEEN, e);
    e = ExpressionText.stripGrouping(e);
    e = ANY_ARRAY.matcher(e).replaceAll(m -> "in " + m.group(1).trim());
    e = ExpressionText.compactOperators(e);
    e = ExpressionText.collapsedSpaces(e);
    return ExpressionText.sortConjuncts(ExpressionText.sortInLists(e));
  }

  @Override
  public String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Lower-cases outside string literals and quoted names, drops casts and redundant outer
   * parentheses. A quoted name keeps its case (lower-casing {@code "MixedCase"} would name another
   * column); it loses its quotes where the server's own spelling has none ({@code "price"}).
   */
  private static String canonical(String expression) {
    StringBuilder out = new StringBuilder();
    StringBuilder word = new StringBuilder();
    boolean inString = false;
    String s = expression.trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && !inString) {
        out.append(stripCasts(word.toString().toLowerCase(Locale.ROOT)));
        word.setLength(0);
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        while (j < s.length() && !(s.charAt(j) == '"' && !s.startsWith("\"\"", j))) {
          name.append(s.charAt(j));
          j += s.startsWith("\"\"", j) ? 2 : 1;
        }
        if (j >= s.length() || name.length() == 0) {
          // not a quoted name after all: leave the text as it was
          word.append(s, i, Math.min(j + 1, s.length()));
        } else {
          out.append(NAMES.quote(Identifier.of(name.toString())));
        }
        i = j;
      } else if (c == '\'') {
        if (!inString) {
          out.append(stripCasts(word.toString().toLowerCase(Locale.ROOT)));
          word.setLength(0);
        }
        out.append(c);
        inString = !inString;
      } else if (inString) {
        out.append(c);
      } else {
        word.append(c);
      }
    }
    out.append(stripCasts(word.toString().toLowerCase(Locale.ROOT)));
    return ExpressionText.tidy(out.toString());
  }

  private static String stripCasts(String code) {
    // the server stores trim(x) as TRIM(BOTH FROM x)
    String c =
        CAST.matcher(code).replaceAll("").replaceAll("\\btrim\\s*\\(\\s*both\\s+from\\s+", "trim(");
    return LIKE_OPERATOR
        .matcher(c)
        .replaceAll(
            m ->
                (m.group(1).isEmpty() ? " " : " not ")
                    + (m.group(2).isEmpty() ? "like " : "ilike "));
  }
}
