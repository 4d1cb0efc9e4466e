package dev.autogen.lint;

import dev.autogen.devdb.SqlStatement;

/**
 * Turns one statement into a {@link LintStatement}: JSqlParser first; where it cannot parse a
 * PostgreSQL statement ({@code CONCURRENTLY}, {@code NOT VALID}, {@code VACUUM}, {@code REINDEX},
 * {@code DO} blocks, plpgsql bodies), the token-based {@link TokenStatements} classifier reads that
 * one statement instead.
 */
final class StatementReader {
  private StatementReader() {}

  static LintStatement read(SqlStatement source) {
    if (startsWithFunctionOrDo(source.text())) {
      // plpgsql bodies are dollar-quoted strings JSqlParser does not need to see; skip the attempt
      return TokenStatements.read(source);
    }
    return JsqlStatements.read(source).orElseGet(() -> TokenStatements.read(source));
  }

  private static boolean startsWithFunctionOrDo(String text) {
    TokenCursor c = new TokenCursor(Tokens.of(text.length() > 200 ? text.substring(0, 200) : text));
    if (c.accept("DO")) {
      return true;
    }
    return c.accept("CREATE")
        && (c.accept("OR", "REPLACE") || true)
        && (c.peek().is("FUNCTION") || c.peek().is("PROCEDURE") || c.peek().is("TRIGGER"));
  }
}
