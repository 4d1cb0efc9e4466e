package dev.autogen.entities;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hibernate 7's access rules: whether an attribute's mapping is read from the field or from its
 * getter. The hierarchy's default comes from where {@code @Id}/{@code @EmbeddedId} sits, else from
 * where mapping annotations sit (Hibernate 7.4 {@code InheritanceState.determineDefaultAccessType},
 * which does not look at a class-level {@code @Access}); a class's own {@code @Access} then sets
 * that class's access, and a member's {@code @Access} overrides both for that one attribute ({@code
 * PropertyContainer}).
 */
final class AttributeAccess {

  /** Where an attribute's mapping is read. */
  enum Kind {
    FIELD,
    PROPERTY
  }

  /** Persistence annotations that do not make a member a mapped attribute (Hibernate's list). */
  private static final Set<String> NOT_MAPPING =
      KnownAnnotations.union(
          KnownAnnotations.JPA_LIFECYCLE_CALLBACKS, Set.of("Transient", "Access"));

  private final MappingContext ctx;

  AttributeAccess(MappingContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The default access of an entity (or mapped superclass) and its mapped superclasses. Types that
   * are neither (embeddables) default to field access unless their members say otherwise.
   */
  Kind defaultFor(TypeRef type) {
    Optional<Kind> fromId = fromId(type);
    if (fromId.isPresent()) {
      return fromId.get();
    }
    Optional<Kind> own = fromMembers(type);
    if (own.isPresent()) {
      return own.get();
    }
    TypeRef root = null;
    for (TypeRef t = type; t != null; t = superclass(t).orElse(null)) {
      if (entity(t)) {
        root = t;
      }
    }
    if (root != null) {
      Optional<Kind> rootKind = fromMembers(root);
      if (rootKind.isPresent()) {
        return rootKind.get();
      }
    }
    for (TypeRef t = superclass(type).orElse(null); t != null; t = superclass(t).orElse(null)) {
      if (mappedSuperclass(t)) {
        Optional<Kind> kind = fromMembers(t);
        if (kind.isPresent()) {
          return kind.get();
        }
      }
    }
    // Hibernate falls back to property access here, but only for a class with no mapping at all
    // (an entity without an id, refused elsewhere); field access keeps such a class readable
    return Kind.FIELD;
  }

  /** The access a class sets for its own attributes: its {@code @Access}, else the default. */
  Kind classAccess(TypeRef type, Kind hierarchyDefault) {
    return declared(type.declaration(), type).orElse(hierarchyDefault);
  }

  /** The {@code @Access} on a class or member, when it names FIELD or PROPERTY. */
  Optional<Kind> declared(NodeWithAnnotations<?> node, TypeRef owner) {
    return ctx.jpa(node, owner, "Access")
        .flatMap(a -> a.enumConstant("value", "AccessType", Set.of("FIELD", "PROPERTY")))
        .map(Kind::valueOf);
  }

  private Optional<Kind> fromId(TypeRef type) {
    for (TypeRef t = type; t != null; t = superclass(t).orElse(null)) {
      if (!(entity(t) || mappedSuperclass(t))
          || ctx.jpa(t.declaration(), t, "Access").isPresent()) {
        continue;
      }
      for (MethodDeclaration getter : getters(t)) {
        if (id(getter, t) && infers(getter, t)) {
          return Optional.of(Kind.PROPERTY);
        }
      }
      for (FieldDeclaration field : t.declaration().getFields()) {
        if (persistable(field) && id(field, t) && infers(field, t)) {
          return Optional.of(Kind.FIELD);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Kind> fromMembers(TypeRef type) {
    for (FieldDeclaration field : type.declaration().getFields()) {
      if (persistable(field) && infers(field, type) && mapping(field, type)) {
        return Optional.of(Kind.FIELD);
      }
    }
    for (MethodDeclaration getter : getters(type)) {
      if (infers(getter, type) && mapping(getter, type)) {
        return Optional.of(Kind.PROPERTY);
      }
    }
    return Optional.empty();
  }

  private boolean id(NodeWithAnnotations<?> member, TypeRef owner) {
    return ctx.jpa(member, owner, "Id").isPresent()
        || ctx.jpa(member, owner, "EmbeddedId").isPresent();
  }

  /** A member without its own {@code @Access} or {@code @Transient} tells the default access. */
  private boolean infers(NodeWithAnnotations<?> member, TypeRef owner) {
    return ctx.jpa(member, owner, "Access").isEmpty()
        && ctx.jpa(member, owner, "Transient").isEmpty();
  }

  /** Whether the member carries a {@code jakarta.persistence} mapping annotation. */
  private boolean mapping(NodeWithAnnotations<?> member, TypeRef owner) {
    for (AnnotationExpr annotation : member.getAnnotations()) {
      Optional<String> name =
          ctx.lookup().qualifiedName(annotation, owner.file(), Optional.of(owner));
      if (name.isPresent()
          && name.get().startsWith("jakarta.persistence.")
          && !NOT_MAPPING.contains(KnownAnnotations.simpleName(name.get()))) {
        return true;
      }
    }
    return false;
  }

  private boolean entity(TypeRef type) {
    return ctx.jpa(type.declaration(), type, "Entity").isPresent();
  }

  private boolean mappedSuperclass(TypeRef type) {
    return ctx.jpa(type.declaration(), type, "MappedSuperclass").isPresent();
  }

  /** The superclass among the sources, without a warning (the field collector warns). */
  private Optional<TypeRef> superclass(TypeRef type) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
        || cls.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    return ctx.index()
        .resolve(cls.getExtendedTypes().get(0).getNameWithScope(), type.file(), type.enclosing());
  }

  static boolean persistable(FieldDeclaration field) {
    return !field.isStatic() && !field.isTransient();
  }

  /**
   * The class's getters as Hibernate sees them: instance methods without parameters named {@code
   * getX} returning a value, or {@code isX} returning a boolean.
   */
  static List<MethodDeclaration> getters(TypeRef type) {
    List<MethodDeclaration> getters = new ArrayList<>();
    for (MethodDeclaration method : type.declaration().getMethods()) {
      if (method.isStatic() || !method.getParameters().isEmpty() || method.getType().isVoidType()) {
        continue;
      }
      String name = method.getNameAsString();
      String returned = method.getType().asString();
      boolean get = name.startsWith("get") && name.length() > 3;
      boolean is =
          name.startsWith("is")
              && name.length() > 2
              && (returned.equals("boolean") || returned.equals("Boolean"));
      if (get || is) {
        getters.add(method);
      }
    }
    return getters;
  }

  /** The attribute a getter stands for: {@code getCreatedAt} is {@code createdAt}. */
  static String attributeName(MethodDeclaration getter) {
    String name = getter.getNameAsString();
    String rest = name.substring(name.startsWith("is") ? 2 : 3);
    // java.beans.Introspector.decapitalize, as Hibernate uses: "URL" stays "URL"
    if (rest.length() > 1
        && Character.isUpperCase(rest.charAt(0))
        && Character.isUpperCase(rest.charAt(1))) {
      return rest;
    }
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /**
   * A getter seen as a field: a detached declaration named after the attribute, typed with the
   * getter's return type and carrying copies of its annotations (with their source positions), so
   * that every mapper reads a property-access attribute as it reads a field.
   */
  static FieldDeclaration asField(MethodDeclaration getter) {
    NodeList<AnnotationExpr> annotations = new NodeList<>();
    for (AnnotationExpr annotation : getter.getAnnotations()) {
      annotations.add(withPositions(annotation));
    }
    VariableDeclarator variable =
        new VariableDeclarator(getter.getType().clone(), attributeName(getter));
    getter.getName().getRange().ifPresent(variable::setRange);
    copyPositions(getter.getType(), variable.getType());
    FieldDeclaration field =
        new FieldDeclaration(
            new NodeList<>(com.github.javaparser.ast.Modifier.privateModifier()),
            annotations,
            new NodeList<>(variable));
    getter.getRange().ifPresent(field::setRange);
    return field;
  }

  /** A copy of a node that keeps the original's positions (the clone visitor drops them). */
  private static <N extends Node> N withPositions(N node) {
    @SuppressWarnings("unchecked")
    N copy = (N) node.clone();
    copyPositions(node, copy);
    return copy;
  }

  private static void copyPositions(Node original, Node copy) {
    List<Node> from = new ArrayList<>();
    List<Node> to = new ArrayList<>();
    original.walk(Node.TreeTraversal.PREORDER, from::add);
    copy.walk(Node.TreeTraversal.PREORDER, to::add);
    for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
      Node target = to.get(i);
      from.get(i).getRange().ifPresent(target::setRange);
    }
  }
}
