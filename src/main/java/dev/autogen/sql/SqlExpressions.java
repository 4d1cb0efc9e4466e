package dev.autogen.sql;

import dev.autogen.dialect.Dialect;
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

  /**
   * Why {@code text} is not one SQL expression of {@code dialect}; empty when it is. Quotes and
   * comments are read as the dialect reads them (MySQL: {@code #} comments, backslash escapes;
   * PostgreSQL: {@code #} is an operator, dollar quotes), by the one {@link Tokenizer}.
   */
  public static Optional<String> problem(String text, Dialect dialect) {
    if (text == null || text.isBlank()) {
      return Optional.of("it is empty");
    }
    if (commentOrSemicolon(text, new Tokenizer(dialect))) {
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

  /** Whether a comment or a {@code ;} occurs outside quotes. */
  private static boolean commentOrSemicolon(String text, Tokenizer tokenizer) {
    return tokenizer.hasComments(text)
        || tokenizer.tokens(text).stream().anyMatch(t -> t.isSymbol(";"));
  }
}
