package dev.autogen.entities;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.autogen.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read-only collaborators every mapper needs, passed explicitly; {@code diagnostics} is the
 * only part that changes, and only by collecting warnings.
 */
record MappingContext(
    Dialect dialect,
    SourceIndex index,
    AnnotationLookup lookup,
    ConstantEvaluator evaluator,
    Names names,
    Diagnostics diagnostics,
    boolean beanValidation,
    dev.autogen.dialect.JdbcKind instantKind) {

  /**
   * The JDBC kind of a basic Java type, {@code java.time.Instant} as {@code
   * hibernate.type.preferred_instant_jdbc_type} sets it ({@link #instantKind}).
   */
  Optional<dev.autogen.dialect.JdbcKind> kind(
      String javaType, boolean lob, Optional<String> temporal) {
    if (!lob && javaType.equals("java.time.Instant")) {
      return Optional.of(instantKind);
    }
    return TypeMapping.kind(javaType, lob, temporal);
  }

  /** The JPA annotation {@code name} on a declaration of {@code owner}'s file, with its values. */
  Optional<AnnotationValues> jpa(NodeWithAnnotations<?> node, TypeRef owner, String name) {
    return lookup.jpa(node, owner.file(), Optional.of(owner), name).map(a -> values(a, owner));
  }

  /** Every JPA annotation {@code name} on the declaration (repeatable annotations). */
  List<AnnotationValues> jpaAll(NodeWithAnnotations<?> node, TypeRef owner, String name) {
    return lookup.jpaAll(node, owner.file(), Optional.of(owner), name).stream()
        .map(a -> values(a, owner))
        .toList();
  }

  /**
   * Every JPA annotation {@code name} on the declaration, repeated or inside its container
   * {@code @<name>s}: the repeated ones first.
   */
  List<AnnotationValues> jpaRepeatable(NodeWithAnnotations<?> node, TypeRef owner, String name) {
    List<AnnotationValues> all = new ArrayList<>(jpaAll(node, owner, name));
    jpa(node, owner, name + "s").ifPresent(c -> all.addAll(c.annotations("value")));
    return all;
  }

  Optional<AnnotationValues> hibernate(NodeWithAnnotations<?> node, TypeRef owner, String name) {
    return lookup
        .hibernate(node, owner.file(), Optional.of(owner), name)
        .map(a -> values(a, owner));
  }

  /** The Bean Validation constraint, when Bean Validation applies (see {@link #beanValidation}). */
  Optional<AnnotationValues> validation(NodeWithAnnotations<?> node, TypeRef owner, String name) {
    if (!beanValidation) {
      return Optional.empty();
    }
    return lookup
        .validation(node, owner.file(), Optional.of(owner), name)
        .map(a -> values(a, owner));
  }

  AnnotationValues values(AnnotationExpr annotation, TypeRef owner) {
    return new AnnotationValues(
        annotation, new ConstantScope(owner.file(), Optional.of(owner), evaluator));
  }
}
