package dev.autogen.lint;

import dev.autogen.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The MySQL / MariaDB clauses of {@code ALTER TABLE} that PostgreSQL does not have: {@code MODIFY}
 * and {@code CHANGE} (a column restated whole, possibly renamed), the {@code ALGORITHM=} and {@code
 * LOCK=} options that demand an online change, and the options that rebuild the table ({@code
 * FORCE}, {@code ENGINE=}, {@code ROW_FORMAT=}, {@code CONVERT TO CHARACTER SET}) or comment it.
 */
final class MysqlAlterActions {
  private MysqlAlterActions() {}

  /** The actions one comma-separated part stands for; empty when it is not a MySQL clause. */
  static List<AlterAction> of(List<Token> part) {
    TokenCursor c = new TokenCursor(part);
    if (c.accept("MODIFY")) {
      c.accept("COLUMN");
      return restated(c, null);
    }
    if (c.accept("CHANGE")) {
      c.accept("COLUMN");
      String from = AlterActions.name(c);
      return restated(c, from);
    }
    if (c.accept("ALGORITHM") || c.accept("LOCK")) {
      ActionKind kind = part.get(0).is("ALGORITHM") ? ActionKind.ALGORITHM : ActionKind.LOCK;
      c.accept("=");
      if (c.peek().isSymbol("=")) {
        c.next();
      }
      String value = c.atEnd() ? "" : c.next().text().toUpperCase(Locale.ROOT);
      return List.of(AlterAction.of(kind).withExpression(value));
    }
    if (c.peek().type() == Token.Type.WORD
        && List.of("FORCE", "ENGINE", "ROW_FORMAT").contains(AlterActions.upper(c.peek()))) {
      return List.of(AlterAction.of(ActionKind.REBUILD).withExpression(Token.join(c.rest())));
    }
    if (c.accept("CONVERT", "TO")) {
      return List.of(AlterAction.of(ActionKind.REBUILD).withExpression(Token.join(c.rest())));
    }
    if (c.accept("COMMENT")) {
      return List.of(AlterAction.of(ActionKind.COMMENT).withExpression(string(c.rest())));
    }
    return List.of();
  }

  /**
   * {@code MODIFY c <definition>} ({@code from} null) or {@code CHANGE from c <definition>}: a type
   * change of the column under its old name, a rename when the name changes, and its comment.
   */
  private static List<AlterAction> restated(TokenCursor c, String from) {
    List<Token> definition = c.rest();
    AlterAction column =
        AlterActions.column(new TokenCursor(definition), AlterAction.of(ActionKind.ALTER_TYPE));
    String to = column.column().orElse(null);
    String old = from == null ? to : from;
    List<AlterAction> out = new ArrayList<>();
    // the type action comes first and names the old column: the rules compare it with the type
    // the column had, and the state moves the type with the rename that follows
    out.add(column.withColumn(old).withExpression(null));
    if (old != null && to != null && !old.equalsIgnoreCase(to)) {
      out.add(AlterAction.of(ActionKind.RENAME_COLUMN).withColumn(old).withExpression(to));
    }
    int comment = indexOfWord(definition, "COMMENT");
    if (comment >= 0) {
      out.add(
          AlterAction.of(ActionKind.COMMENT)
              .withColumn(to)
              .withExpression(string(definition.subList(comment + 1, definition.size()))));
    }
    return out;
  }

  private static int indexOfWord(List<Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(word)) {
        return i;
      }
    }
    return -1;
  }

  /** The first string literal, as in {@code COMMENT [=] 'text'}. */
  private static String string(List<Token> tokens) {
    return tokens.stream()
        .filter(t -> t.type() == Token.Type.STRING)
        .map(Token::text)
        .findFirst()
        .orElse("");
  }
}
