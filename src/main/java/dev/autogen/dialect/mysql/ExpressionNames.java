package dev.autogen.dialect.mysql;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Column names inside a normalised MySQL expression. A name is lower-cased (MySQL compares column
 * names case-insensitively) and written bare when it may stand so ({@code price}), in backticks
 * otherwise ({@code `limit`}, {@code `a b`}, {@code `名前`}): the server reads every name back in
 * backticks, a mapping often writes them bare, and the normalised text must still run as SQL.
 *
 * <p>While a condition is rewritten, the quoted names are shielded: replaced by a token built from
 * the name's bytes, so that a space, quote, comma or operator inside a name is not taken for the
 * expression's own, and conjuncts sort the same whichever order the names came in.
 */
final class ExpressionNames {

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private static final Pattern SHIELDED = Pattern.compile(OPEN + "([0-9a-f]+)" + CLOSE);

  /** How a shielded name looks in a pattern: one word of the condition. */
  static final String SHIELDED_NAME = OPEN + "[0-9a-f]+" + CLOSE;

  private ExpressionNames() {}

  /** The name as the normalised expression writes it, from its text between backticks. */
  static String written(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return PLAIN.matcher(lower).matches() && !MysqlReservedWords.reserved(lower)
        ? lower
        : '`' + lower.replace("`", "``") + '`';
  }

  /** {@code e} with each backticked name (outside string literals) replaced by its token. */
  static String shield(String e) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'') {
        inString = !inString;
        out.append(c);
      } else if (!inString && c == '`') {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        for (; j < e.length(); j++) {
          if (e.startsWith("``", j)) {
            name.append('`');
            j++;
          } else if (e.charAt(j) == '`') {
            break;
          } else {
            name.append(e.charAt(j));
          }
        }
        out.append(OPEN)
            .append(HexFormat.of().formatHex(name.toString().getBytes(StandardCharsets.UTF_8)))
            .append(CLOSE);
        i = j;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code e} with the tokens of {@link #shield} back in backticks. */
  static String unshield(String e) {
    return SHIELDED
        .matcher(e)
        .replaceAll(
            m ->
                java.util.regex.Matcher.quoteReplacement(
                    '`'
                        + new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8)
                            .replace("`", "``")
                        + '`'));
  }
}
