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

  /**
   * The name as {@link #written}, but a name that needs backticks as its token instead: what a
   * check is rewritten with. The caller finds the names, in the one scan that also reads the string
   * literals (with their {@code ''} and {@code \\'} escapes).
   */
  static String shielded(String name) {
    String written = written(name);
    return written.charAt(0) != '`'
        ? written
        : OPEN
            + HexFormat.of()
                .formatHex(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
            + CLOSE;
  }

  /** {@code e} with the tokens of {@link #shielded} back in backticks. */
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
