package dev.autogen.dialect.mysql;

import dev.autogen.dialect.ExpressionRules;
import dev.autogen.dialect.ExpressionText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Brings defaults and check conditions into one spelling. The servers store {@code
 * CURRENT_TIMESTAMP} as {@code current_timestamp()}, booleans as {@code 1}/{@code b'1'}, decimals
 * with their scale ({@code 1.50}), identifiers in backticks and (MySQL 8) strings with a charset
 * introducer ({@code _utf8mb4'A'}) inside parentheses; a mapping writes none of that. Column names
 * are lower-cased with the rest of the code because MySQL compares them case-insensitively, and
 * keep their backticks only where they need them ({@link ExpressionNames}).
 */
final class MysqlExpressionRules implements ExpressionRules {

  private static final Pattern INTRODUCER = Pattern.compile("(?<![a-z0-9_$])_[a-z0-9]+$");
  private static final Pattern BETWEEN =
      ExpressionText.betweenPattern(
          "[\\w$]", "(?!not\\b)[a-z_][a-z0-9_$]*|" + ExpressionNames.SHIELDED_NAME);

  /**
   * A hex literal: MariaDB gives a blob's default back as written ({@code X'0a0b'}, {@code
   * 0x0a0b}), one spelling of the same bytes.
   */
  private static final Pattern HEX =
      Pattern.compile(
          "(?<![\\w$])(?:x'([0-9a-f]*)'|0x([0-9a-f]+))(?![\\w$])", Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_ZEROS =
      Pattern.compile("(?<![\\w.'])(-?\\d+)\\.(\\d*?)0+\\b");

  @Override
  public String normalizeDefault(String expression) {
    String e = quotesDoubled(canonical(expression, ExpressionNames::written));
    e =
        TRAILING_ZEROS
            .matcher(e)
            .replaceAll(m -> m.group(2).isEmpty() ? m.group(1) : m.group(1) + "." + m.group(2));
    // the server gives CURRENT_TIMESTAMP the column's fractional precision ("current_timestamp(6)"
    // for a datetime(6) written "DEFAULT CURRENT_TIMESTAMP"), which MySQL also demands be equal
    if (e.matches("(current_timestamp|now|localtimestamp)(\\(\\d*\\))?")) {
      return "current_timestamp";
    }
    e = HEX.matcher(e).replaceAll(m -> "x'" + hexDigits(m).toLowerCase(Locale.ROOT) + "'");
    return switch (e) {
      case "true", "b'1'" -> "1";
      case "false", "b'0'" -> "0";
      default -> e; // a quoted number is a number only on a numeric column: Dialect.columnDefault
    };
  }

  @Override
  public String normalizeCheck(String expression) {
    // \' as '' first: the scanners of ExpressionText read literals the standard way
    return ExpressionNames.unshield(
        shieldedCheck(quotesDoubled(canonical(expression, ExpressionNames::shielded))));
  }

  /** The condition rewritten with its quoted names shielded, so that none is taken apart. */
  private static String shieldedCheck(String shielded) {
    String e =
        ExpressionText.stripGrouping(
            ExpressionText.expandBetween(BETWEEN, unquoteNumber(storedCalls(shielded))));
    e = ExpressionText.compactOperators(e);
    // the server stores a not pushed down (De Morgan): the source's spelling is brought there
    e = ExpressionText.stripGrouping(Negations.pushed(ExpressionText.collapsedSpaces(e)));
    return ExpressionText.sortConjuncts(
        ExpressionText.sortInLists(ExpressionText.collapsedSpaces(e)));
  }

  /**
   * Calls in the spelling the server stores them in: MariaDB 10.11 keeps {@code mod(a, 2)} as
   * {@code a MOD 2} (read as {@code a % 2}, grouped by precedence: {@code (a + 1) MOD 2}) and
   * {@code position(x in y)} as {@code locate(x,y)} (tried).
   */
  private static String storedCalls(String e) {
    String infix =
        ExpressionText.rewriteCalls(
            e,
            "mod",
            text -> {
              List<String> a = ExpressionText.arguments(text);
              return a.size() == 2
                  ? Optional.of("(" + a.get(0) + ") % (" + a.get(1) + ")")
                  : Optional.empty();
            });
    return ExpressionText.rewriteCalls(
        infix,
        "position",
        text -> {
          List<String> a = ExpressionText.splitTopLevel(text, "in");
          return a.size() == 2
              ? Optional.of("locate(" + a.get(0) + "," + a.get(1) + ")")
              : Optional.empty();
        });
  }

  /**
   * An expression default in parentheses, which MySQL 8.0.13+ demands and MariaDB 10.2+ takes
   * ({@code DEFAULT (1 + 2)}; {@code DEFAULT 1 + 2} is a syntax error); a literal, a number, NULL
   * and {@code CURRENT_TIMESTAMP} stay bare, as MySQL takes only those without.
   */
  @Override
  public String writtenDefault(String normal) {
    return PLAIN_DEFAULT.matcher(normal).matches() ? normal : "(" + normal + ")";
  }

  private static final Pattern PLAIN_DEFAULT =
      Pattern.compile(
          "'(?:[^'\\\\]|''|\\\\.)*'|-?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|null|true|false"
              + "|[bx]'[0-9a-f]*'|0x[0-9a-f]+|current_timestamp(?:\\(\\d*\\))?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String literal(String text) {
    // backslash escapes strings unless NO_BACKSLASH_ESCAPES is set; doubling it is safe in both
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * A quote inside a string literal written {@code \'} as {@code ''}: MariaDB gives a text column's
   * default back with {@code \'} and a varchar's with {@code ''} for the same literal.
   */
  private static String quotesDoubled(String e) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (inString && c == '\\' && i + 1 < e.length()) {
        char next = e.charAt(++i);
        out.append(next == '\'' ? "''" : "\\" + next);
      } else {
        if (c == '\'') {
          inString = !inString;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A number the server stored as a string literal ({@code '1'}) compares as the number. */
  private static String unquoteNumber(String e) {
    // not the digits of a hex or bit literal (x'00', b'01'): those are bytes and bits
    return e.replaceAll("(?<![\\w$])'(-?\\d+(?:\\.\\d+)?)'", "$1");
  }

  private static String hexDigits(java.util.regex.MatchResult m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * Lower-cases outside string literals, drops charset introducers and redundant outer parentheses,
   * and writes each backticked name as {@code names} says ({@link ExpressionNames#written}, or
   * {@link ExpressionNames#shielded} for a check about to be rewritten).
   */
  private static String canonical(String expression, UnaryOperator<String> names) {
    StringBuilder out = new StringBuilder();
    StringBuilder code = new StringBuilder();
    char quote = 0;
    String s = expression.trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote == 0 && c == '`') {
        out.append(code(code));
        code.setLength(0);
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        for (; j < s.length() && !(s.charAt(j) == '`' && !s.startsWith("``", j)); j++) {
          name.append(s.charAt(j));
          j += s.startsWith("``", j) ? 1 : 0;
        }
        out.append(names.apply(name.toString()));
        i = j;
      } else if (quote == 0 && c == '\'') {
        // a charset introducer can only stand right before a string literal
        out.append(INTRODUCER.matcher(code(code)).replaceAll(""));
        code.setLength(0);
        quote = c;
        out.append(c);
      } else if (quote != 0) {
        out.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          out.append(s.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else {
        code.append(c);
      }
    }
    out.append(code(code));
    return ExpressionText.tidy(out.toString());
  }

  private static String code(CharSequence code) {
    // the server stores a % b as a MOD b
    String c = MOD.matcher(code.toString().toLowerCase(Locale.ROOT)).replaceAll(" % ");
    c = FUNCTION_ALIAS.matcher(c).replaceAll(m -> FUNCTION_NAMES.get(m.group(1)) + "(");
    return BOOLEAN.matcher(c).replaceAll(m -> m.group(1).equals("true") ? "1" : "0");
  }

  private static final Pattern MOD = Pattern.compile("(?<![\\w$`])\\s*\\bmod\\b\\s*(?![\\w$(])");

  /**
   * One name for functions the servers spell two ways: MariaDB 10.11 stores {@code upper(x)} as
   * {@code ucase(x)}, {@code lower} as {@code lcase}, {@code substring} as {@code substr}, {@code
   * length} as {@code octet_length} and {@code character_length} as {@code char_length} (tried).
   */
  private static final java.util.Map<String, String> FUNCTION_NAMES =
      java.util.Map.of(
          "ucase", "upper",
          "lcase", "lower",
          "substr", "substring",
          "octet_length", "length",
          "character_length", "char_length");

  private static final Pattern FUNCTION_ALIAS =
      Pattern.compile("(?<![\\w$])(ucase|lcase|substr|octet_length|character_length)\\s*\\(");

  /** TRUE and FALSE are 1 and 0 to the server, which stores them so. */
  private static final Pattern BOOLEAN = Pattern.compile("(?<![\\w$])(true|false)(?![\\w$(])");
}
