package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
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
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the compile-time constants annotation attributes may hold: literals, string
 * concatenation, and {@code static final} constants declared in the parsed sources, named simply
 * (own, enclosing or inherited types, static imports single and on demand) or through their type
 * (simple, nested or fully qualified), and the few library constants {@link LibraryConstants}
 * knows.
 */
final class ConstantEvaluator {

  /**
   * How many constants one value may go through (a constant whose initializer names another...):
   * the guard against cycles. The nesting of one expression is not counted: the pruner bounds it
   * ({@link TreePruner#MAX_DEPTH}), and a concatenation of many string parts is one expression.
   */
  private static final int MAX_DEPTH = 16;

  private final SourceIndex index;

  ConstantEvaluator(SourceIndex index) {
    this.index = index;
  }

  /** The value (String, Integer, Long, Boolean or Character), or empty when it is not constant. */
  Optional<Object> evaluate(Expression expr, SourceFile file, Optional<TypeRef> context) {
    try {
      return evaluate(expr, file, context, 0);
    } catch (StackOverflowError e) {
      // constants that each concatenate thousands of parts and name one another: not constant here
      return Optional.empty();
    }
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
      return evaluate(e.getInner(), file, context, depth);
    }
    if (expr instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
      return evaluate(u.getExpression(), file, context, depth).map(ConstantEvaluator::negate);
    }
    if (expr instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<Object> left = evaluate(b.getLeft(), file, context, depth);
      Optional<Object> right = evaluate(b.getRight(), file, context, depth);
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      if (left.get() instanceof Integer x && right.get() instanceof Integer y) {
        return Optional.of(x + y);
      }
      if (left.get() instanceof Number x && right.get() instanceof Number y) {
        return Optional.of(x.longValue() + y.longValue());
      }
      return Optional.of(String.valueOf(left.get()) + right.get());
    }
    if (expr instanceof BinaryExpr b) {
      // Integer.MAX_VALUE - 1 as a length (HAPI FHIR); int arithmetic as javac folds it
      Optional<Object> left = evaluate(b.getLeft(), file, context, depth);
      Optional<Object> right = evaluate(b.getRight(), file, context, depth);
      return left.isEmpty() || right.isEmpty()
          ? Optional.empty()
          : Arithmetic.fold(b.getOperator(), left.get(), right.get());
    }
    if (expr instanceof NameExpr n) {
      return simpleName(n.getNameAsString(), file, context, depth);
    }
    if (expr instanceof FieldAccessExpr f) {
      String scope = f.getScope().toString();
      Optional<TypeRef> owner = scopeType(scope, file, context);
      return owner.isPresent()
          ? constant(owner.get(), f.getNameAsString(), depth)
          : LibraryConstants.of(scope, f.getNameAsString(), file);
    }
    return Optional.empty();
  }

  /**
   * A simple name in Java's order: members of the enclosing types (declared or inherited), then
   * {@code import static a.B.NAME}, then {@code import static a.B.*}.
   */
  private Optional<Object> simpleName(
      String name, SourceFile file, Optional<TypeRef> context, int depth) {
    for (Optional<TypeRef> c = context; c.isPresent(); c = c.get().enclosing()) {
      Optional<Object> value = constant(c.get(), name, depth);
      if (value.isPresent()) {
        return value;
      }
    }
    String imported = file.staticImports().get(name);
    if (imported != null) {
      Optional<Object> value =
          index.byQualifiedName(imported).flatMap(owner -> constant(owner, name, depth));
      if (value.isPresent()) {
        return value;
      }
    }
    for (String type : file.staticStarImports()) {
      Optional<Object> value =
          index.byQualifiedName(type).flatMap(owner -> constant(owner, name, depth));
      if (value.isPresent()) {
        return value;
      }
    }
    if (imported != null) {
      return LibraryConstants.ofImported(imported, name);
    }
    for (String type : file.staticStarImports()) {
      Optional<Object> value = LibraryConstants.ofImported(type, name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The type a qualifier names, including a nested type brought in by a static import. */
  private Optional<TypeRef> scopeType(String written, SourceFile file, Optional<TypeRef> context) {
    Optional<TypeRef> type = index.resolve(written, file, context);
    if (type.isPresent()) {
      return type;
    }
    int dot = written.indexOf('.');
    String head = dot > 0 ? written.substring(0, dot) : written;
    String tail = dot > 0 ? written.substring(dot) : "";
    String owner = file.staticImports().get(head);
    if (owner != null) {
      return index.byQualifiedName(owner + "." + head + tail);
    }
    for (String star : file.staticStarImports()) {
      Optional<TypeRef> nested = index.byQualifiedName(star + "." + head + tail);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  /** A field of {@code owner} or, as Java inherits fields, of its superclass and interfaces. */
  private Optional<Object> constant(TypeRef owner, String name, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    for (FieldDeclaration field : owner.declaration().getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
          return evaluate(
              variable.getInitializer().get(), owner.file(), Optional.of(owner), depth + 1);
        }
      }
    }
    for (ClassOrInterfaceType parent : supertypes(owner)) {
      Optional<Object> inherited =
          index
              .resolve(parent.getNameWithScope(), owner.file(), owner.enclosing())
              .flatMap(type -> constant(type, name, depth + 1));
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  private static List<ClassOrInterfaceType> supertypes(TypeRef owner) {
    List<ClassOrInterfaceType> parents = new ArrayList<>();
    if (owner.declaration() instanceof ClassOrInterfaceDeclaration cls) {
      parents.addAll(cls.getExtendedTypes());
      parents.addAll(cls.getImplementedTypes());
    } else if (owner.declaration() instanceof NodeWithImplements<?> type) {
      parents.addAll(type.getImplementedTypes());
    }
    return parents;
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
