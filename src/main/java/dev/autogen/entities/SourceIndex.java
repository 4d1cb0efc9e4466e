package dev.autogen.entities;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every type declared in the parsed sources, by qualified and simple name, and the Java rules for
 * resolving a type name written in a file: nested and enclosing types, single imports, the same
 * package, star imports. No symbol solver: types outside the sources are simply not found.
 */
final class SourceIndex {

  private final List<SourceFile> files;
  private final List<TypeRef> types = new ArrayList<>();
  private final Map<String, TypeRef> byQualified = new HashMap<>();
  private final Map<String, List<TypeRef>> bySimple = new HashMap<>();
  private final Set<String> packages = new HashSet<>();

  SourceIndex(List<SourceFile> files) {
    this.files = List.copyOf(files);
    for (SourceFile file : files) {
      packages.add(file.packageName());
      String prefix = file.packageName().isEmpty() ? "" : file.packageName() + ".";
      for (TypeDeclaration<?> type : file.unit().getTypes()) {
        add(file, type, prefix + type.getNameAsString(), Optional.empty());
      }
    }
  }

  private void add(
      SourceFile file, TypeDeclaration<?> type, String qualified, Optional<TypeRef> enclosing) {
    TypeRef ref = new TypeRef(file, type, qualified, enclosing);
    types.add(ref);
    byQualified.putIfAbsent(qualified, ref);
    bySimple.computeIfAbsent(type.getNameAsString(), k -> new ArrayList<>()).add(ref);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        add(file, nested, qualified + "." + nested.getNameAsString(), Optional.of(ref));
      }
    }
  }

  List<SourceFile> files() {
    return files;
  }

  /** All declared types, in file order, nested types after their enclosing type. */
  List<TypeRef> types() {
    return Collections.unmodifiableList(types);
  }

  Optional<TypeRef> byQualifiedName(String qualified) {
    return Optional.ofNullable(byQualified.get(qualified));
  }

  /**
   * Resolves a type name as written (simple, {@code Outer.Inner} or fully qualified, without type
   * arguments) in {@code file}, inside {@code context} when the use is inside a type.
   */
  Optional<TypeRef> resolve(String written, SourceFile file, Optional<TypeRef> context) {
    int dot = written.indexOf('.');
    if (dot > 0) {
      Optional<TypeRef> head = resolveSimple(written.substring(0, dot), file, context);
      if (head.isPresent()) {
        return byQualifiedName(head.get().qualifiedName() + written.substring(dot));
      }
      return byQualifiedName(written);
    }
    return resolveSimple(written, file, context);
  }

  private Optional<TypeRef> resolveSimple(String name, SourceFile file, Optional<TypeRef> context) {
    for (Optional<TypeRef> c = context; c.isPresent(); c = c.get().enclosing()) {
      TypeRef type = c.get();
      if (type.simpleName().equals(name)) {
        return c;
      }
      Optional<TypeRef> member = byQualifiedName(type.qualifiedName() + "." + name);
      if (member.isPresent()) {
        return member;
      }
    }
    String imported = file.singleImports().get(name);
    if (imported != null) {
      return byQualifiedName(imported);
    }
    String prefix = file.packageName().isEmpty() ? "" : file.packageName() + ".";
    Optional<TypeRef> samePackage = byQualifiedName(prefix + name);
    if (samePackage.isPresent()) {
      return samePackage;
    }
    for (String star : file.starImports()) {
      Optional<TypeRef> viaStar = byQualifiedName(star + "." + name);
      if (viaStar.isPresent()) {
        return viaStar;
      }
    }
    // sources whose folders do not match their packages still resolve when the simple name is
    // unique, unless a star import of a library package could be the one supplying it
    boolean libraryStar = file.starImports().stream().anyMatch(s -> !packages.contains(s));
    List<TypeRef> candidates = bySimple.getOrDefault(name, List.of());
    return candidates.size() == 1 && !libraryStar && !JdkTypes.isJavaLang(name)
        ? Optional.of(candidates.get(0))
        : Optional.empty();
  }
}
