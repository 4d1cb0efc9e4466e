package dev.autogen.lint;

import dev.autogen.devdb.SqlStatement;
import dev.autogen.dialect.Dialect;

/**
 * Turns one statement into a {@link LintStatement}: JSqlParser first; where it cannot parse a
 * statement (PostgreSQL's {@code CONCURRENTLY}, {@code NOT VALID}, {@code VACUUM}, {@code REINDEX},
 * {@code DO} blocks, plpgsql bodies; MySQL's {@code CREATE INDEX ... ALGORITHM=INPLACE}, {@code
 * OPTIMIZE TABLE}, {@code RENAME TABLE}, {@code DROP FOREIGN KEY}, {@code #} comments), the
 * token-based {@link TokenStatements} classifier reads that one statement instead. Names take their
 * catalog form from the dialect.
 */
public final class StatementReader {
  private final Tokens tokens;
  private final JsqlStatements jsql;
  private final TokenStatements fallback;

  public StatementReader(Dialect dialect) {
    this.tokens = new Tokens(dialect);
    this.fallback = new TokenStatements(tokens);
    this.jsql = new JsqlStatements(tokens, fallback);
  }

  Tokens tokens() {
    return tokens;
  }

  public LintStatement read(SqlStatement source) {
    if (startsWithFunctionOrDo(source.text())) {
      // plpgsql bodies are dollar-quoted strings JSqlParser does not need to see; skip the attempt
      return fallback.read(source);
    }
    return jsql.read(source).orElseGet(() -> fallback.read(source));
  }

  private boolean startsWithFunctionOrDo(String text) {
    TokenCursor c = new TokenCursor(tokens.of(text.length() > 200 ? text.substring(0, 200) : text));
    if (c.accept("DO")) {
      return true;
    }
    return c.accept("CREATE")
        && (c.accept("OR", "REPLACE") || true)
        && (c.peek().is("FUNCTION") || c.peek().is("PROCEDURE") || c.peek().is("TRIGGER"));
  }
}
