package dev.autogen.entities;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.Map;
import java.util.Optional;

/**
 * One field of an entity, declared in the entity itself, in one of its mapped superclasses, or in
 * an embeddable it embeds (then {@code embedding} says where and with which overrides).
 *
 * @param owner the type that declares the field (annotations resolve in its file)
 * @param typeArguments the type arguments of the owner's type variables, when the owner is a
 *     generic mapped superclass
 */
record PersistentField(
    TypeRef owner,
    FieldDeclaration declaration,
    VariableDeclarator variable,
    Embedding embedding,
    Map<String, TypeBinding> typeArguments) {

  PersistentField {
    typeArguments = Map.copyOf(typeArguments);
  }

  PersistentField(TypeRef owner, FieldDeclaration declaration, VariableDeclarator variable) {
    this(owner, declaration, variable, Embedding.NONE, Map.of());
  }

  PersistentField(
      TypeRef owner,
      FieldDeclaration declaration,
      VariableDeclarator variable,
      Embedding embedding) {
    this(owner, declaration, variable, embedding, Map.of());
  }

  String name() {
    return variable.getNameAsString();
  }

  /** Whether the field's type is a type variable of its generic mapped superclass. */
  boolean typeVariable() {
    return variable.getType() instanceof com.github.javaparser.ast.type.ClassOrInterfaceType cls
        && cls.getScope().isEmpty()
        && typeArguments.containsKey(cls.getNameAsString());
  }

  /** The attribute path from the entity ({@code address.street}), as overrides name it. */
  String path() {
    return embedding.prefix() + name();
  }

  /**
   * The type whose class level Hibernate binds the field at: the declarer of the outermost
   * embedding field for a field of an embeddable, else the field's own owner.
   */
  TypeRef level() {
    return embedding.declarer().orElse(owner);
  }

  SourceFile file() {
    return owner.file();
  }

  Optional<TypeRef> context() {
    return Optional.of(owner);
  }

  /**
   * The {@code @JoinColumn} in force: the single join column of an {@code @AssociationOverride},
   * else the field's own.
   */
  Optional<AnnotationValues> joinColumn(MappingContext ctx) {
    Optional<AnnotationValues> override =
        embedding
            .association(path())
            .flatMap(o -> o.annotations("joinColumns").stream().findFirst());
    return override.isPresent() ? override : ctx.jpa(declaration, owner, "JoinColumn");
  }

  /** The {@code @Column} in force: an {@code @AttributeOverride}'s, else the field's own. */
  Optional<AnnotationValues> column(MappingContext ctx) {
    Optional<AnnotationValues> override = embedding.override(path());
    return override.isPresent() ? override : ctx.jpa(declaration, owner, "Column");
  }
}
