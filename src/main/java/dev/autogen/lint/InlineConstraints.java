package dev.autogen.lint;

import dev.autogen.sql.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraints written inline in an {@code ALTER TABLE ... ADD COLUMN}, as actions of their own
 * after the column's: {@code REFERENCES} is an {@link ActionKind#ADD_FOREIGN_KEY} (it cannot be
 * {@code NOT VALID}), {@code CHECK (...)} is an {@link ActionKind#ADD_CHECK} (every row is checked
 * under the lock), {@code UNIQUE} and {@code PRIMARY KEY} build their index under the lock, {@code
 * GENERATED ALWAYS AS (...) STORED} computes a value per row, and so does {@code GENERATED ... AS
 * IDENTITY} (a {@code nextval} per row). Rules that judge the table constraints then judge the
 * inline ones the same way.
 */
final class InlineConstraints {
  private InlineConstraints() {}

  static List<AlterAction> of(AlterAction column, List<Token> part) {
    String name = column.column().orElse(null);
    List<AlterAction> out = new ArrayList<>();
    if (TokenCursor.containsTopLevel(part, "REFERENCES")) {
      out.add(AlterAction.of(ActionKind.ADD_FOREIGN_KEY).withColumn(name));
    }
    if (TokenCursor.containsTopLevel(part, "UNIQUE")) {
      out.add(AlterAction.of(ActionKind.ADD_UNIQUE).withColumn(name));
    }
    if (TokenCursor.containsTopLevel(part, "PRIMARY", "KEY")) {
      out.add(AlterAction.of(ActionKind.ADD_PRIMARY_KEY).withColumn(name));
    }
    if (TokenCursor.containsTopLevel(part, "GENERATED")
        && TokenCursor.containsTopLevel(part, "STORED")) {
      out.add(AlterAction.of(ActionKind.ADD_STORED_GENERATED).withColumn(name));
    }
    checkExpression(part)
        .ifPresent(
            e -> out.add(AlterAction.of(ActionKind.ADD_CHECK).withColumn(name).withExpression(e)));
    if (TokenCursor.containsTopLevel(part, "AS", "IDENTITY")) {
      out.add(AlterAction.of(ActionKind.ADD_IDENTITY).withColumn(name));
    }
    return out;
  }

  /** The expression of an inline {@code CHECK (...)}, if the column has one. */
  private static java.util.Optional<String> checkExpression(List<Token> part) {
    TokenCursor c = new TokenCursor(part);
    while (!c.atEnd()) {
      if (c.peek().isSymbol("(")) {
        c.group();
      } else if (c.next().is("CHECK") && c.peek().isSymbol("(")) {
        return java.util.Optional.of(Token.join(c.group()));
      }
    }
    return java.util.Optional.empty();
  }
}
