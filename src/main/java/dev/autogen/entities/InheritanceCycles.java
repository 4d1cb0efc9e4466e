package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a class of the sources that extends itself, directly or through other classes of the
 * sources ({@code @Entity}, {@code @MappedSuperclass} or generic ones alike). javac rejects such
 * sources, and every walk up a superclass chain would otherwise have to guard against going round
 * forever.
 */
final class InheritanceCycles {

  private InheritanceCycles() {}

  /**
   * @throws SourceProblem at the first class found on a cycle, naming every class of the cycle with
   *     its file
   */
  static void check(MappingContext ctx) {
    Set<String> acyclic = new HashSet<>();
    for (TypeRef start : ctx.index().types()) {
      List<TypeRef> chain = new ArrayList<>();
      Optional<TypeRef> current = Optional.of(start);
      while (current.isPresent() && !acyclic.contains(current.get().qualifiedName())) {
        TypeRef type = current.get();
        int seen = indexOf(chain, type);
        if (seen >= 0) {
          throw cycle(ctx, chain.subList(seen, chain.size()));
        }
        chain.add(type);
        current = superclass(ctx, type);
      }
      chain.forEach(t -> acyclic.add(t.qualifiedName()));
    }
  }

  private static int indexOf(List<TypeRef> chain, TypeRef type) {
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).qualifiedName().equals(type.qualifiedName())) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<TypeRef> superclass(MappingContext ctx, TypeRef type) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
        || cls.isInterface()
        || cls.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    return ctx.index()
        .resolve(cls.getExtendedTypes().get(0).getNameWithScope(), type.file(), type.enclosing());
  }

  private static SourceProblem cycle(MappingContext ctx, List<TypeRef> cycle) {
    StringBuilder path = new StringBuilder();
    for (TypeRef type : cycle) {
      path.append(type.simpleName()).append(" (").append(type.file().path()).append(") extends ");
    }
    path.append(cycle.get(0).simpleName());
    TypeRef first = cycle.get(0);
    return ctx.diagnostics()
        .error(
            first.file(),
            first.declaration().getName(),
            "cyclic inheritance: " + path + "; a class cannot be its own superclass");
  }
}
