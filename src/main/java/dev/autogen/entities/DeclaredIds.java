package dev.autogen.entities;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.Optional;

/**
 * Whether an entity declares or inherits an identifier at all. Hibernate refuses an entity with no
 * {@code @Id} or {@code @EmbeddedId} anywhere in its class chain ("has no identifier"), so a table
 * without a primary key planned from one would be a schema no application can use.
 */
final class DeclaredIds {

  private DeclaredIds() {}

  /**
   * Whether the entity may have an identifier: one of its classes in the sources annotates a field
   * or getter with {@code @Id} or {@code @EmbeddedId}, or its chain leaves the sources (a
   * superclass autogen cannot read may declare it).
   */
  static boolean mayHaveId(MappingContext ctx, TypeRef entity) {
    Optional<TypeRef> current = Optional.of(entity);
    while (current.isPresent()) {
      TypeRef type = current.get();
      for (BodyDeclaration<?> member : type.declaration().getMembers()) {
        if (ctx.jpa(member, type, "Id").isPresent()
            || ctx.jpa(member, type, "EmbeddedId").isPresent()) {
          return true;
        }
      }
      if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
          || cls.getExtendedTypes().isEmpty()) {
        return false;
      }
      String name = cls.getExtendedTypes().get(0).getNameWithScope();
      current = ctx.index().resolve(name, type.file(), type.enclosing());
      if (current.isEmpty()) {
        return !name.equals("Object") && !name.equals("java.lang.Object");
      }
    }
    return false;
  }
}
