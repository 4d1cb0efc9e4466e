package dev.autogen.lint;

import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.ResetStatement;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Reads a statement with JSqlParser: the statement kind and its table come from the syntax tree.
 * The parts JSqlParser keeps as unstructured text in PostgreSQL mode (the column actions of {@code
 * ALTER TABLE}, column definitions) are read from the tokens of each action JSqlParser split out.
 */
final class JsqlStatements {
  static final String PARSER = "jsqlparser";

  /**
   * The thread JSqlParser runs a parse on, to stop it after its timeout. {@code parse(String)}
   * starts a new thread for every statement, which dominated linting a long file; one daemon thread
   * serves every statement instead (it never holds state between parses).
   */
  private static final ExecutorService PARSING =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "autogen-jsqlparser");
            t.setDaemon(true);
            return t;
          });

  private final Tokenizer tokens;

  JsqlStatements(Tokenizer tokens) {
    this.tokens = tokens;
  }

  /** The statement as JSqlParser understands it, or empty when JSqlParser cannot parse it. */
  Optional<LintStatement> read(SqlStatement source) {
    Statement parsed;
    try {
      parsed = CCJSqlParserUtil.parse(source.text(), PARSING, null);
    } catch (JSQLParserException | RuntimeException e) {
      return Optional.empty();
    }
    if (parsed == null || parsed instanceof UnsupportedStatement) {
      return Optional.empty();
    }
    return Optional.ofNullable(convert(source, parsed));
  }

  private LintStatement convert(SqlStatement source, Statement parsed) {
    List<Token> all = source.tokens();
    if (parsed instanceof CreateTable ct) {
      TokenCursor c = new TokenCursor(all);
      while (!c.atEnd() && !c.peek().isSymbol("(")) {
        c.next();
      }
      return of(
          source,
          StatementKind.CREATE_TABLE,
          name(ct.getTable()),
          AlterActions.ofCreate(c.group()),
          "");
    }
    if (parsed instanceof CreateIndex ci) {
      return of(source, StatementKind.CREATE_INDEX, name(ci.getTable()), List.of(), "");
    }
    if (parsed instanceof Alter al) {
      List<AlterAction> actions =
          al.getAlterExpressions().stream()
              .map(AlterExpression::toString)
              .flatMap(text -> AlterActions.ofAlter(tokens.tokens(text)).stream())
              .toList();
      return of(source, StatementKind.ALTER_TABLE, name(al.getTable()), actions, "");
    }
    if (parsed instanceof Drop d) {
      String type = d.getType() == null ? "" : d.getType().toUpperCase(Locale.ROOT);
      StatementKind kind =
          switch (type) {
            case "TABLE" -> StatementKind.DROP_TABLE;
            case "INDEX" -> StatementKind.DROP_INDEX;
            default -> StatementKind.OTHER;
          };
      return of(source, kind, name(d.getName()), List.of(), type);
    }
    if (parsed instanceof Insert i) {
      return of(source, StatementKind.INSERT, name(i.getTable()), List.of(), "");
    }
    if (parsed instanceof Update u) {
      return of(source, StatementKind.UPDATE, name(u.getTable()), List.of(), "");
    }
    if (parsed instanceof Delete d) {
      return of(source, StatementKind.DELETE, name(d.getTable()), List.of(), "");
    }
    if (parsed instanceof Truncate t) {
      return of(source, StatementKind.TRUNCATE, name(t.getTable()), List.of(), "");
    }
    if (parsed instanceof CreateView v) {
      return of(source, StatementKind.CREATE_VIEW, name(v.getView()), List.of(), "");
    }
    if (parsed instanceof SetStatement
        || parsed instanceof ResetStatement
        || parsed instanceof RenameTableStatement) {
      return TokenStatements.read(source).withParser(PARSER);
    }
    if (parsed instanceof Comment) {
      return TokenStatements.read(source).withParser(PARSER);
    }
    return of(source, StatementKind.OTHER, null, List.of(), "");
  }

  private static LintStatement of(
      SqlStatement source,
      StatementKind kind,
      String table,
      List<AlterAction> actions,
      String detail) {
    return TokenStatements.of(source, kind, table, false, actions, detail).withParser(PARSER);
  }

  /** The catalog form of a table name from the syntax tree, under the dialect's rules. */
  private String name(Table table) {
    if (table == null || table.getName() == null) {
      return null;
    }
    return tokens.name(table.getName());
  }
}
