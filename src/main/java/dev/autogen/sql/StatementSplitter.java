package dev.autogen.sql;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.ScriptConventions;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way the dialect's server and client do, following {@link
 * ScriptConventions}: statements end at the terminator ({@code ;}, or what a MySQL {@code
 * DELIMITER} line makes it) outside strings, quoted identifiers, dollar-quoted bodies, comments and
 * {@code BEGIN ... END} bodies (see {@link BodyDepth}). {@code DELIMITER} lines are not statements;
 * statements that hold nothing but comments are dropped. One pass over the script with the one
 * {@link Lexer}: linear in its length. psql meta-commands ({@code \connect}) are not understood.
 */
public final class StatementSplitter {
  private static final String DELIMITER = "DELIMITER";

  private final ScriptConventions conventions;
  private final IdentifierRules names;
  private final Tokenizer tokenizer;

  public StatementSplitter(Dialect dialect) {
    this.conventions = dialect.scriptConventions();
    this.names = dialect.identifiers();
    this.tokenizer = new Tokenizer(dialect);
  }

  /** The statements of {@code script}, in order. */
  public List<SqlStatement> split(String script) {
    Lexer lexer = new Lexer(script, 1, conventions, names);
    BodyDepth body = new BodyDepth(conventions);
    List<SqlStatement> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    while (true) {
      lexer.skipTrivia();
      if (lexer.atEnd()) {
        break;
      }
      if (tokens.isEmpty()
          && conventions.delimiterCommand()
          && lexer.atCommand(DELIMITER)
          && lexer.atLineStart()) {
        String value = lexer.commandArgument(DELIMITER);
        if (!value.isEmpty()) {
          lexer.delimiter(value);
        }
      } else if (lexer.atDelimiter() && body.closed()) {
        emit(out, tokens, lexer.text(start, lexer.position()));
        lexer.skipDelimiter();
        body.reset();
      } else {
        if (tokens.isEmpty()) {
          start = lexer.position();
        }
        Token t = lexer.next();
        body.see(t);
        tokens.add(t);
      }
    }
    emit(out, tokens, lexer.text(start, lexer.position()));
    return List.copyOf(out);
  }

  /**
   * One statement's text read as a statement on its own that starts on {@code line} (for callers
   * that already hold a single statement, such as a step autogen generated).
   */
  public SqlStatement statement(String text, int line) {
    List<Token> tokens = tokenizer.tokens(text, line);
    return new SqlStatement(
        text.strip(), line, tokens.isEmpty() ? 1 : tokens.get(0).column(), tokens);
  }

  private static void emit(List<SqlStatement> out, List<Token> tokens, String text) {
    if (tokens.isEmpty()) {
      return;
    }
    Token first = tokens.get(0);
    out.add(new SqlStatement(text.strip(), first.line(), first.column(), tokens));
    tokens.clear();
  }
}
