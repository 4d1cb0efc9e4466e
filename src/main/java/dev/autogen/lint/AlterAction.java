package dev.autogen.lint;

import java.util.Objects;
import java.util.Optional;

/**
 * One action of an {@code ALTER TABLE} statement, reduced to what the rules need.
 *
 * @param kind what the action does
 * @param column the column concerned (catalog form), if any
 * @param constraint the constraint named, if any
 * @param notValid whether a constraint is added {@code NOT VALID}
 * @param expression the default of an added column or set default, the check expression of an added
 *     check, the new type of a type change, or the new name of a rename
 * @param notNull whether an added column is declared {@code NOT NULL}
 * @param type the declared type of an added column or the new type of a type change
 */
public record AlterAction(
    ActionKind kind,
    Optional<String> column,
    Optional<String> constraint,
    boolean notValid,
    Optional<String> expression,
    boolean notNull,
    Optional<String> type) {
  public AlterAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(type, "type");
  }

  /** The column this action names when it is a {@code wanted} action; empty otherwise. */
  public Optional<String> columnIf(ActionKind wanted) {
    return kind == wanted ? column : Optional.empty();
  }

  static AlterAction of(ActionKind kind) {
    return new AlterAction(
        kind, Optional.empty(), Optional.empty(), false, Optional.empty(), false, Optional.empty());
  }

  AlterAction withColumn(String c) {
    return new AlterAction(
        kind, Optional.ofNullable(c), constraint, notValid, expression, notNull, type);
  }

  AlterAction withConstraint(String c) {
    return new AlterAction(
        kind, column, Optional.ofNullable(c), notValid, expression, notNull, type);
  }

  AlterAction withExpression(String e) {
    return new AlterAction(
        kind, column, constraint, notValid, Optional.ofNullable(e), notNull, type);
  }

  AlterAction withNotValid(boolean v) {
    return new AlterAction(kind, column, constraint, v, expression, notNull, type);
  }

  AlterAction withType(String t) {
    return new AlterAction(
        kind, column, constraint, notValid, expression, notNull, Optional.ofNullable(t));
  }

  AlterAction withNotNull(boolean v) {
    return new AlterAction(kind, column, constraint, notValid, expression, v, type);
  }
}
