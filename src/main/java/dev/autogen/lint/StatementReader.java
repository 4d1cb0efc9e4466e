package dev.autogen.lint;

import dev.autogen.dialect.Dialect;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.List;

/**
 * Turns one statement into a {@link LintStatement}: JSqlParser first; where it cannot parse a
 * statement (PostgreSQL's {@code CONCURRENTLY}, {@code NOT VALID}, {@code VACUUM}, {@code REINDEX},
 * {@code DO} blocks, plpgsql bodies; MySQL's {@code CREATE INDEX ... ALGORITHM=INPLACE}, {@code
 * OPTIMIZE TABLE}, {@code RENAME TABLE}, {@code DROP FOREIGN KEY}, {@code #} comments), the
 * token-based {@link TokenStatements} classifier reads that one statement's tokens (from {@code
 * dev.autogen.sql}) instead. Names take their catalog form from the dialect.
 */
public final class StatementReader {
  private final JsqlStatements jsql;

  public StatementReader(Dialect dialect) {
    this.jsql = new JsqlStatements(new Tokenizer(dialect));
  }

  public LintStatement read(SqlStatement source) {
    if (startsWithFunctionOrDo(source.tokens())) {
      // plpgsql bodies are dollar-quoted strings JSqlParser does not need to see; skip the attempt
      return TokenStatements.read(source);
    }
    return jsql.read(source).orElseGet(() -> TokenStatements.read(source));
  }

  private static boolean startsWithFunctionOrDo(List<Token> tokens) {
    TokenCursor c = new TokenCursor(tokens);
    if (c.accept("DO")) {
      return true;
    }
    return c.accept("CREATE")
        && (c.accept("OR", "REPLACE") || true)
        && (c.peek().is("FUNCTION") || c.peek().is("PROCEDURE") || c.peek().is("TRIGGER"));
  }
}
