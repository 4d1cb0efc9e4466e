package dev.autogen.sql;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.ScriptConventions;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a piece of SQL that is not a whole script: an expression, a clause, a function
 * body, one statement's text. Reads with the same {@link Lexer} as the {@link StatementSplitter} (a
 * {@code ;} is a symbol here), under the dialect's {@link ScriptConventions}; names get their
 * catalog form from the dialect's identifier rules.
 */
public final class Tokenizer {
  private final ScriptConventions conventions;
  private final IdentifierRules names;

  public Tokenizer(Dialect dialect) {
    this.conventions = dialect.scriptConventions();
    this.names = dialect.identifiers();
  }

  /** The tokens of {@code sql}, comments skipped. */
  public List<Token> tokens(String sql) {
    return tokens(sql, 1);
  }

  /** The tokens of {@code sql} whose first line is line {@code firstLine} of its file. */
  public List<Token> tokens(String sql, int firstLine) {
    List<Token> out = new ArrayList<>();
    Lexer lexer = new Lexer(sql, firstLine, conventions, names);
    for (lexer.skipTrivia(); !lexer.atEnd(); lexer.skipTrivia()) {
      out.add(lexer.next());
    }
    return List.copyOf(out);
  }

  /** Whether {@code sql} holds a comment, as this dialect reads comments (outside quotes). */
  public boolean hasComments(String sql) {
    Lexer lexer = new Lexer(sql, 1, conventions, names);
    for (lexer.skipTrivia(); !lexer.atEnd(); lexer.skipTrivia()) {
      lexer.next();
    }
    return lexer.commentsSkipped() > 0;
  }

  /** The catalog form of a name as written (quoted or not), under the dialect's rules. */
  public String name(String written) {
    return names.fromSql(written).value();
  }
}
