package dev.autogen.entities;

import com.github.javaparser.ast.expr.BinaryExpr;
import java.util.Optional;

/**
 * The integer arithmetic of a constant expression ({@code Integer.MAX_VALUE - 1}, {@code 4 *
 * 1024}), folded as javac folds it: {@code int} when both sides are {@code int} (overflow wraps),
 * else {@code long}. Division by zero is not a constant.
 */
final class Arithmetic {

  private Arithmetic() {}

  static Optional<Object> fold(BinaryExpr.Operator operator, Object left, Object right) {
    if (!(left instanceof Integer || left instanceof Long)
        || !(right instanceof Integer || right instanceof Long)) {
      return Optional.empty();
    }
    long x = ((Number) left).longValue();
    long y = ((Number) right).longValue();
    boolean ints = left instanceof Integer && right instanceof Integer;
    if ((operator == BinaryExpr.Operator.DIVIDE || operator == BinaryExpr.Operator.REMAINDER)
        && y == 0) {
      return Optional.empty();
    }
    Long value =
        switch (operator) {
          case MINUS -> ints ? (long) ((int) x - (int) y) : x - y;
          case MULTIPLY -> ints ? (long) ((int) x * (int) y) : x * y;
          case DIVIDE -> ints ? (long) ((int) x / (int) y) : x / y;
          case REMAINDER -> ints ? (long) ((int) x % (int) y) : x % y;
          default -> null;
        };
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(ints ? (Object) value.intValue() : (Object) value);
  }
}
