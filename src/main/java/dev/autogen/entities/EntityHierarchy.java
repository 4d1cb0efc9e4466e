package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entity inheritance trees of the sources: each entity's nearest entity superclass (mapped
 * superclasses in between are skipped), its subclasses, and the strategy its root declares with
 * {@code @Inheritance} ({@code SINGLE_TABLE} when absent, as in JPA).
 */
final class EntityHierarchy {

  /** How a hierarchy maps to tables. */
  enum Strategy {
    /** One table for the whole tree, with a discriminator column. */
    SINGLE_TABLE,
    /** One table per class holding its own fields, keyed by a foreign key to its parent's. */
    JOINED,
    /** One table per concrete class with every inherited field. */
    TABLE_PER_CLASS
  }

  private static final Set<String> STRATEGIES = Set.of("SINGLE_TABLE", "JOINED", "TABLE_PER_CLASS");

  private final MappingContext ctx;
  private final Map<String, TypeRef> parents = new HashMap<>();
  private final Map<String, List<TypeRef>> children = new HashMap<>();

  /**
   * @param entities the {@code @Entity} types by qualified name
   */
  EntityHierarchy(MappingContext ctx, Map<String, TypeRef> entities) {
    this.ctx = ctx;
    for (TypeRef type : entities.values()) {
      entitySuperclass(type, entities)
          .ifPresent(
              parent -> {
                parents.put(type.qualifiedName(), parent);
                children.computeIfAbsent(parent.qualifiedName(), k -> new ArrayList<>()).add(type);
              });
    }
    children.values().forEach(l -> l.sort(Comparator.comparing(TypeRef::qualifiedName)));
  }

  Optional<TypeRef> parent(TypeRef type) {
    return Optional.ofNullable(parents.get(type.qualifiedName()));
  }

  List<TypeRef> children(TypeRef type) {
    return children.getOrDefault(type.qualifiedName(), List.of());
  }

  /** Every subclass below {@code type}, depth first, siblings by qualified name. */
  List<TypeRef> descendants(TypeRef type) {
    List<TypeRef> all = new ArrayList<>();
    for (TypeRef child : children(type)) {
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }

  TypeRef root(TypeRef type) {
    TypeRef current = type;
    for (Optional<TypeRef> p = parent(current); p.isPresent(); p = parent(current)) {
      current = p.get();
    }
    return current;
  }

  /** Whether the type is part of an inheritance tree of entities. */
  boolean inTree(TypeRef type) {
    return parents.containsKey(type.qualifiedName()) || children.containsKey(type.qualifiedName());
  }

  Strategy strategy(TypeRef type) {
    TypeRef root = root(type);
    return ctx.jpa(root.declaration(), root, "Inheritance")
        .flatMap(i -> i.enumConstant("strategy", "InheritanceType", STRATEGIES))
        .map(Strategy::valueOf)
        .orElse(Strategy.SINGLE_TABLE);
  }

  static boolean isAbstract(TypeRef type) {
    return type.declaration() instanceof ClassOrInterfaceDeclaration cls && cls.isAbstract();
  }

  private Optional<TypeRef> entitySuperclass(TypeRef type, Map<String, TypeRef> entities) {
    TypeRef current = type;
    for (int depth = 0; depth < 32; depth++) {
      if (!(current.declaration() instanceof ClassOrInterfaceDeclaration cls)
          || cls.getExtendedTypes().isEmpty()) {
        return Optional.empty();
      }
      Optional<TypeRef> next =
          ctx.index()
              .resolve(
                  cls.getExtendedTypes().get(0).getNameWithScope(),
                  current.file(),
                  current.enclosing());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      if (entities.containsKey(next.get().qualifiedName())) {
        return next;
      }
      current = next.get();
    }
    return Optional.empty();
  }
}
