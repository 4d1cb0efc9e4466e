package dev.autogen.sql;

import java.util.List;
import java.util.Objects;

/**
 * One statement cut out of a SQL script by the {@link StatementSplitter}.
 *
 * @param text the statement as written, trimmed, without its terminator (comments inside it kept)
 * @param line 1-based line of the script on which the statement's first token starts, so that a
 *     failure can point at the right place in the file
 * @param column 1-based column of that line on which the statement starts
 * @param tokens the statement's tokens (comments skipped), positioned in the script
 */
public record SqlStatement(String text, int line, int column, List<Token> tokens) {
  public SqlStatement {
    Objects.requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be >= 1: " + column);
    }
    tokens = List.copyOf(tokens);
  }
}
