package dev.autogen.lint;

import dev.autogen.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the actions of an {@code ALTER TABLE} and the elements of a {@code CREATE TABLE} from their
 * tokens. Both parsers use it: JSqlParser keeps PostgreSQL column actions ({@code SET NOT NULL},
 * {@code TYPE ... USING}) as unstructured text, and rejects {@code NOT VALID} outright.
 */
final class AlterActions {
  /** Words that end a column's type and start its constraints. */
  private static final Set<String> COLUMN_CONSTRAINT_START =
      Set.of(
          "DEFAULT",
          "NOT",
          "NULL",
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "REFERENCES",
          "CHECK",
          "GENERATED",
          "COLLATE",
          // MySQL column attributes
          "COMMENT",
          "AUTO_INCREMENT",
          "AFTER",
          "FIRST",
          "ON",
          "CHARSET",
          "INVISIBLE",
          "VISIBLE",
          "AS");

  /** Words that start a table element other than a column in {@code CREATE TABLE}. */
  private static final Set<String> TABLE_ELEMENT_START =
      Set.of(
          "CONSTRAINT",
          "CHECK",
          "FOREIGN",
          "PRIMARY",
          "UNIQUE",
          "EXCLUDE",
          "LIKE",
          // MySQL inline indexes
          "INDEX",
          "KEY",
          "FULLTEXT",
          "SPATIAL");

  private AlterActions() {}

  /** The actions of {@code ALTER TABLE name <actions>}, given the tokens after the table name. */
  static List<AlterAction> ofAlter(List<Token> actionTokens) {
    List<AlterAction> actions = new ArrayList<>();
    for (List<Token> part : TokenCursor.splitTopLevel(actionTokens)) {
      List<AlterAction> mysql = MysqlAlterActions.of(part);
      if (mysql.isEmpty()) {
        AlterAction action = action(part);
        actions.add(action);
        if (action.kind() == ActionKind.ADD_COLUMN) {
          actions.addAll(InlineConstraints.of(action, part));
        }
      } else {
        actions.addAll(mysql);
      }
    }
    return actions;
  }

  /** The columns and table constraints of {@code CREATE TABLE name (<elements>)}. */
  static List<AlterAction> ofCreate(List<Token> elements) {
    List<AlterAction> actions = new ArrayList<>();
    for (List<Token> part : TokenCursor.splitTopLevel(elements)) {
      TokenCursor c = new TokenCursor(part);
      if (c.peek().type() == Token.Type.WORD && TABLE_ELEMENT_START.contains(upper(c.peek()))) {
        actions.add(constraint(c));
      } else {
        actions.add(column(c, AlterAction.of(ActionKind.ADD_COLUMN)));
      }
    }
    return actions;
  }

  private static AlterAction action(List<Token> part) {
    TokenCursor c = new TokenCursor(part);
    if (c.accept("ADD")) {
      if (c.peek().type() == Token.Type.WORD
          && TABLE_ELEMENT_START.contains(upper(c.peek()))
          && !c.peek().is("LIKE")) {
        return constraint(c);
      }
      c.accept("COLUMN");
      c.skipIfExists();
      return column(c, AlterAction.of(ActionKind.ADD_COLUMN));
    }
    if (c.accept("DROP")) {
      if (c.accept("FOREIGN", "KEY") || c.accept("CHECK")) {
        return AlterAction.of(ActionKind.DROP_CONSTRAINT).withConstraint(name(c));
      }
      if (c.accept("PRIMARY", "KEY")) {
        return AlterAction.of(ActionKind.DROP_CONSTRAINT);
      }
      if (c.accept("INDEX") || c.accept("KEY")) {
        return AlterAction.of(ActionKind.DROP_INDEX).withConstraint(name(c));
      }
      if (c.accept("CONSTRAINT")) {
        c.skipIfExists();
        return AlterAction.of(ActionKind.DROP_CONSTRAINT).withConstraint(name(c));
      }
      c.accept("COLUMN");
      c.skipIfExists();
      return AlterAction.of(ActionKind.DROP_COLUMN).withColumn(name(c));
    }
    if (c.accept("ALTER")) {
      c.accept("COLUMN");
      String column = name(c);
      return alterColumn(c).withColumn(column);
    }
    if (c.accept("VALIDATE", "CONSTRAINT")) {
      return AlterAction.of(ActionKind.VALIDATE_CONSTRAINT).withConstraint(name(c));
    }
    if (c.accept("RENAME")) {
      if (c.accept("INDEX") || c.accept("KEY")) {
        return AlterAction.of(ActionKind.OTHER);
      }
      if (c.accept("TO") || c.accept("AS")) {
        return AlterAction.of(ActionKind.RENAME_TABLE).withExpression(name(c));
      }
      if (c.accept("CONSTRAINT")) {
        String from = name(c);
        c.accept("TO");
        return AlterAction.of(ActionKind.RENAME_CONSTRAINT)
            .withConstraint(from)
            .withExpression(name(c));
      }
      c.accept("COLUMN");
      String from = name(c);
      c.accept("TO");
      return AlterAction.of(ActionKind.RENAME_COLUMN).withColumn(from).withExpression(name(c));
    }
    return AlterAction.of(ActionKind.OTHER);
  }

  private static AlterAction alterColumn(TokenCursor c) {
    if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
      List<Token> type = new ArrayList<>();
      while (!c.atEnd() && !c.peek().is("USING") && !c.peek().is("COLLATE")) {
        type.add(c.next());
      }
      return AlterAction.of(ActionKind.ALTER_TYPE).withType(Token.join(type));
    }
    if (c.accept("SET", "NOT", "NULL")) {
      return AlterAction.of(ActionKind.SET_NOT_NULL);
    }
    if (c.accept("DROP", "NOT", "NULL")) {
      return AlterAction.of(ActionKind.DROP_NOT_NULL);
    }
    if (c.accept("SET", "DEFAULT")) {
      return AlterAction.of(ActionKind.SET_DEFAULT).withExpression(Token.join(c.rest()));
    }
    if (c.accept("DROP", "DEFAULT")) {
      return AlterAction.of(ActionKind.DROP_DEFAULT);
    }
    return AlterAction.of(ActionKind.OTHER);
  }

  /** {@code [CONSTRAINT name] CHECK (...) | FOREIGN KEY ... | UNIQUE ... | PRIMARY KEY ...}. */
  static AlterAction constraint(TokenCursor c) {
    String name = null;
    if (c.accept("CONSTRAINT")) {
      name = name(c);
    }
    List<Token> rest = c.rest();
    boolean notValid = endsWith(rest, "NOT", "VALID");
    TokenCursor r = new TokenCursor(rest);
    AlterAction action;
    if (r.accept("CHECK")) {
      action = AlterAction.of(ActionKind.ADD_CHECK).withExpression(Token.join(r.group()));
    } else if (r.accept("FOREIGN", "KEY")) {
      List<Token> columns = r.group();
      action = AlterAction.of(ActionKind.ADD_FOREIGN_KEY);
      if (columns.size() == 1) {
        action = action.withColumn(columns.get(0).name());
      }
    } else if (TokenCursor.containsTopLevel(rest, "USING", "INDEX")) {
      boolean primaryKey = r.accept("PRIMARY", "KEY");
      action =
          AlterAction.of(
                  primaryKey
                      ? ActionKind.ADD_PRIMARY_KEY_USING_INDEX
                      : ActionKind.ADD_CONSTRAINT_USING_INDEX)
              .withExpression(indexAfterUsing(rest));
    } else if (r.accept("PRIMARY", "KEY")) {
      action = AlterAction.of(ActionKind.ADD_PRIMARY_KEY);
    } else if (r.accept("UNIQUE")) {
      action = AlterAction.of(ActionKind.ADD_UNIQUE);
    } else if (r.accept("EXCLUDE")) {
      action = AlterAction.of(ActionKind.ADD_EXCLUDE);
    } else if (r.accept("INDEX")
        || r.accept("KEY")
        || r.accept("FULLTEXT")
        || r.accept("SPATIAL")) {
      action = AlterAction.of(ActionKind.ADD_INDEX);
    } else {
      action = AlterAction.of(ActionKind.OTHER);
    }
    return action.withConstraint(name).withNotValid(notValid);
  }

  /** {@code name type [DEFAULT expr] [NOT NULL] ...}. */
  static AlterAction column(TokenCursor c, AlterAction base) {
    String column = name(c);
    List<Token> type = new ArrayList<>();
    while (!c.atEnd()
        && !COLUMN_CONSTRAINT_START.contains(upper(c.peek()))
        && !(c.peek().is("CHARACTER") && c.peek(1).is("SET"))) {
      type.add(c.next());
    }
    List<Token> rest = c.rest();
    AlterAction action = base.withColumn(column).withType(Token.join(type));
    action =
        action.withNotNull(
            TokenCursor.containsTopLevel(rest, "NOT", "NULL")
                || TokenCursor.containsTopLevel(rest, "PRIMARY", "KEY"));
    List<Token> defaultExpr = defaultExpression(rest);
    return defaultExpr.isEmpty() ? action : action.withExpression(Token.join(defaultExpr));
  }

  private static List<Token> defaultExpression(List<Token> constraints) {
    int depth = 0;
    for (int i = 0; i < constraints.size(); i++) {
      Token t = constraints.get(i);
      depth = TokenCursor.depthAfter(t, depth);
      if (depth == 0 && t.is("DEFAULT")) {
        int end = i + 1;
        int d = 0;
        while (end < constraints.size()) {
          Token u = constraints.get(end);
          d = TokenCursor.depthAfter(u, d);
          if (d == 0
              && u.type() == Token.Type.WORD
              && COLUMN_CONSTRAINT_START.contains(u.text().toUpperCase(java.util.Locale.ROOT))) {
            break;
          }
          end++;
        }
        return constraints.subList(i + 1, end);
      }
    }
    return List.of();
  }

  /** The name after {@code USING INDEX} (catalog form), or null. */
  private static String indexAfterUsing(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).is("USING")
          && tokens.get(i + 1).is("INDEX")
          && tokens.get(i + 2).isName()) {
        return tokens.get(i + 2).name();
      }
    }
    return null;
  }

  private static boolean endsWith(List<Token> tokens, String... words) {
    if (tokens.size() < words.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!tokens.get(tokens.size() - words.length + k).is(words[k])) {
        return false;
      }
    }
    return true;
  }

  static String name(TokenCursor c) {
    return c.peek().isName() ? c.next().name() : null;
  }

  /** The word's text in upper case (keywords compare that way). */
  static String upper(Token t) {
    return t.type() == Token.Type.WORD ? t.text().toUpperCase(java.util.Locale.ROOT) : "";
  }
}
