package dev.autogen.entities;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Typed access to one annotation's attributes as written in the source. JPA uses {@code ""} for
 * "not given", so empty strings read as absent. A value that is not a constant the reader can
 * evaluate fails the run: guessing a name would produce a wrong migration.
 */
record AnnotationValues(AnnotationExpr annotation, ConstantScope scope) {

  /** The expression given for an attribute ({@code value} for the single-member form). */
  Optional<Expression> raw(String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      // a loop, not a stream: asked for every attribute of every annotation (issue 18)
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getName().getIdentifier().equals(name)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }

  boolean has(String name) {
    return raw(name).isPresent();
  }

  Optional<String> string(String name) {
    return raw(name).map(e -> constant(e, String.class)).filter(s -> !s.isEmpty());
  }

  /** {@code columnDefinition}, absent when blank: Hibernate 7 ignores {@code " "} as it does "". */
  Optional<String> columnDefinition() {
    return string("columnDefinition").filter(s -> !s.isBlank());
  }

  Optional<Boolean> bool(String name) {
    return raw(name).map(e -> constant(e, Boolean.class));
  }

  OptionalInt integer(String name) {
    Optional<Expression> e = raw(name);
    return e.isPresent()
        ? OptionalInt.of(constant(e.get(), Number.class).intValue())
        : OptionalInt.empty();
  }

  long longValue(String name) {
    return raw(name).map(e -> constant(e, Number.class).longValue()).orElse(0L);
  }

  /** An enum constant's name, checked against the constants the enum declares. */
  Optional<String> enumConstant(String name, String enumName, Set<String> allowed) {
    return raw(name)
        .map(
            e -> {
              String constant = constantName(e);
              if (!allowed.contains(constant)) {
                throw problem(
                    e,
                    "unknown " + enumName + " value '" + e + "' (known: " + sorted(allowed) + ")");
              }
              return constant;
            });
  }

  List<String> strings(String name) {
    List<String> values = new ArrayList<>();
    for (Expression e : elements(name)) {
      values.add(constant(e, String.class));
    }
    return values;
  }

  List<AnnotationValues> annotations(String name) {
    List<AnnotationValues> values = new ArrayList<>();
    for (Expression e : elements(name)) {
      if (!(e instanceof AnnotationExpr nested)) {
        throw problem(e, "expected an annotation for '" + name + "' but found " + e);
      }
      values.add(new AnnotationValues(nested, scope));
    }
    return values;
  }

  Optional<AnnotationValues> nested(String name) {
    List<AnnotationValues> all = annotations(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The type named by a class literal attribute ({@code targetEntity = Foo.class}). */
  Optional<String> className(String name) {
    return raw(name)
        .map(
            e -> {
              if (e instanceof ClassExpr c) {
                return c.getType().asString();
              }
              throw problem(e, "expected a class literal for '" + name + "' but found " + e);
            });
  }

  private List<Expression> elements(String name) {
    Optional<Expression> e = raw(name);
    if (e.isEmpty()) {
      return List.of();
    }
    if (e.get() instanceof ArrayInitializerExpr array) {
      return array.getValues();
    }
    return List.of(e.get());
  }

  private <T> T constant(Expression e, Class<T> type) {
    Object value =
        scope
            .evaluate(e)
            .orElseThrow(() -> problem(e, "cannot evaluate annotation value " + shortened(e)));
    if (!type.isInstance(value)) {
      throw problem(e, "expected a " + type.getSimpleName() + " but found " + e);
    }
    return type.cast(value);
  }

  /** The expression as written, cut to one readable line of an error message. */
  private static String shortened(Expression e) {
    String text = e.toString();
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  private static String constantName(Expression e) {
    if (e instanceof FieldAccessExpr f) {
      return f.getNameAsString();
    }
    if (e instanceof NameExpr n) {
      return n.getNameAsString();
    }
    return e.toString();
  }

  private SourceProblem problem(Expression e, String message) {
    return new SourceProblem(scope.at(e), "@" + annotation.getNameAsString() + ": " + message);
  }

  private static String sorted(Set<String> values) {
    return String.join(", ", values.stream().sorted().toList());
  }
}
