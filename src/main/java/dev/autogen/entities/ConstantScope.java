package dev.autogen.entities;

import com.github.javaparser.ast.expr.Expression;
import dev.autogen.model.SourceLocation;
import java.util.Optional;

/**
 * Where an annotation is written, as its values need it: the file, the type whose constants a
 * simple name may refer to, and the evaluator. An annotation nested in another shares its scope.
 */
record ConstantScope(SourceFile file, Optional<TypeRef> context, ConstantEvaluator evaluator) {

  /**
   * The value of {@code e} here, or empty when it is not a constant (see {@link
   * ConstantEvaluator}).
   */
  Optional<Object> evaluate(Expression e) {
    return evaluator.evaluate(e, file, context);
  }

  SourceLocation at(Expression e) {
    return file.at(e);
  }
}
