package dev.autogen.sql;

import java.util.Optional;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Checks that a text the user gives as a value (a {@code --backfill} expression) is exactly one SQL
 * expression: it is pasted into an {@code UPDATE ... SET column = <expression>}, so a second
 * statement ({@code 'x'; DROP TABLE t; --}) or an unbalanced quote must be refused, not written.
 */
public final class SqlExpressions {

  private SqlExpressions() {}

  /** Why {@code text} is not one SQL expression; empty when it is. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("it is empty");
    }
    if (commentOrSemicolon(text)) {
      // a comment would swallow what the template writes after the value on its line
      return Optional.of("it holds a comment or a ';' (one SQL expression, no comments)");
    }
    try {
      CCJSqlParserUtil.parseExpression(text, false);
      return Optional.empty();
    } catch (JSQLParserException | RuntimeException e) {
      return Optional.of("it is not one SQL expression");
    }
  }

  /** Whether {@code --}, {@code /*} or {@code ;} occur outside quotes. */
  private static boolean commentOrSemicolon(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0; // a doubled quote closes and reopens: the same outcome
        }
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == ';') {
        return true;
      } else if ((c == '-' || c == '/') && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
          return true;
        }
      }
    }
    return false;
  }
}
