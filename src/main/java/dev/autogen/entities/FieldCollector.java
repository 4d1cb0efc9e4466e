package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent fields a class declares in column order: mapped superclass fields first (outermost
 * superclass first, up to the nearest entity superclass), then the class's own; static, {@code
 * transient} and {@code @Transient} fields left out.
 */
final class FieldCollector {

  private final MappingContext ctx;

  FieldCollector(MappingContext ctx) {
    this.ctx = ctx;
  }

  List<PersistentField> fields(TypeRef entity) {
    Deque<TypeRef> chain = new ArrayDeque<>();
    chain.push(entity);
    Set<String> seen = new HashSet<>();
    seen.add(entity.qualifiedName());
    for (Optional<TypeRef> s = superclass(entity); s.isPresent(); s = superclass(s.get())) {
      TypeRef type = s.get();
      if (!seen.add(type.qualifiedName())) {
        break;
      }
      if (ctx.jpa(type.declaration(), type, "Entity").isPresent()) {
        break; // an entity superclass maps its own fields (see EntityHierarchy)
      }
      if (ctx.jpa(type.declaration(), type, "MappedSuperclass").isPresent()) {
        chain.push(type);
      }
    }
    List<PersistentField> fields = new ArrayList<>();
    for (TypeRef type : chain) {
      for (FieldDeclaration field : type.declaration().getFields()) {
        if (field.isStatic()
            || field.isTransient()
            || ctx.jpa(field, type, "Transient").isPresent()) {
          continue;
        }
        for (VariableDeclarator variable : field.getVariables()) {
          fields.add(new PersistentField(type, field, variable));
        }
      }
    }
    return fields;
  }

  private Optional<TypeRef> superclass(TypeRef type) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
        || cls.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceType extended = cls.getExtendedTypes().get(0);
    String name = extended.getNameWithScope();
    Optional<TypeRef> found = ctx.index().resolve(name, type.file(), type.enclosing());
    if (found.isEmpty() && !name.equals("Object") && !name.equals("java.lang.Object")) {
      ctx.diagnostics()
          .warn(
              type.file(),
              extended,
              "superclass "
                  + name
                  + " is not among the sources; mappings it may declare are not read");
    }
    return found;
  }
}
