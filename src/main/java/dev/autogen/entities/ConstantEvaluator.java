package dev.autogen.entities;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/**
 * Evaluates the compile-time constants annotation attributes may hold: literals, string
 * concatenation, and {@code static final} constants declared in the parsed sources.
 */
final class ConstantEvaluator {

  private static final int MAX_DEPTH = 16;

  private final SourceIndex index;

  ConstantEvaluator(SourceIndex index) {
    this.index = index;
  }

  /** The value (String, Integer, Long, Boolean or Character), or empty when it is not constant. */
  Optional<Object> evaluate(Expression expr, SourceFile file, Optional<TypeRef> context) {
    return evaluate(expr, file, context, 0);
  }

  private Optional<Object> evaluate(
      Expression expr, SourceFile file, Optional<TypeRef> context, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (expr instanceof StringLiteralExpr s) {
      return Optional.of(s.asString());
    }
    if (expr instanceof TextBlockLiteralExpr t) {
      return Optional.of(t.asString());
    }
    if (expr instanceof IntegerLiteralExpr i) {
      return Optional.of(i.asNumber().intValue());
    }
    if (expr instanceof LongLiteralExpr l) {
      return Optional.of(l.asNumber().longValue());
    }
    if (expr instanceof BooleanLiteralExpr b) {
      return Optional.of(b.getValue());
    }
    if (expr instanceof CharLiteralExpr c) {
      return Optional.of(c.asChar());
    }
    if (expr instanceof EnclosedExpr e) {
      return evaluate(e.getInner(), file, context, depth + 1);
    }
    if (expr instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return evaluate(u.getExpression(), file, context, depth + 1).map(ConstantEvaluator::negate);
    }
    if (expr instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<Object> left = evaluate(b.getLeft(), file, context, depth + 1);
      Optional<Object> right = evaluate(b.getRight(), file, context, depth + 1);
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      if (left.get() instanceof Integer x && right.get() instanceof Integer y) {
        return Optional.of(x + y);
      }
      return Optional.of(String.valueOf(left.get()) + right.get());
    }
    if (expr instanceof NameExpr n) {
      for (Optional<TypeRef> c = context; c.isPresent(); c = c.get().enclosing()) {
        Optional<Object> value = constant(c.get(), n.getNameAsString(), depth);
        if (value.isPresent()) {
          return value;
        }
      }
      return Optional.empty();
    }
    if (expr instanceof FieldAccessExpr f) {
      return index
          .resolve(f.getScope().toString(), file, context)
          .flatMap(owner -> constant(owner, f.getNameAsString(), depth));
    }
    return Optional.empty();
  }

  private Optional<Object> constant(TypeRef owner, String name, int depth) {
    for (FieldDeclaration field : owner.declaration().getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
          return evaluate(
              variable.getInitializer().get(), owner.file(), Optional.of(owner), depth + 1);
        }
      }
    }
    return Optional.empty();
  }

  private static Object negate(Object value) {
    if (value instanceof Integer i) {
      return -i;
    }
    if (value instanceof Long l) {
      return -l;
    }
    return value;
  }
}
