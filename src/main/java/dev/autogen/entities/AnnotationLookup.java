package dev.autogen.entities;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the JPA and Hibernate annotations on a declaration by resolving each annotation's name
 * through the file's imports, so that a project's own {@code @Entity} from another package never
 * counts, while {@code jakarta.persistence} and {@code javax.persistence} both do.
 */
final class AnnotationLookup {

  private static final List<String> HIBERNATE = List.of(KnownAnnotations.HIBERNATE_PACKAGE);

  private final SourceIndex index;

  /**
   * Each annotation's resolved name, by node identity: the mappers ask every annotation of a field
   * for dozens of names (issue 6: a third of mapping time). One map per mapping thread (issue 18):
   * entities are mapped in parallel, and an identity map cannot be shared without a lock that every
   * look-up would contend for. The threads end with the read, and their maps with them.
   */
  private final ThreadLocal<Map<AnnotationExpr, Resolved>> resolved =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private record Resolved(SourceFile file, Optional<TypeRef> context, Optional<String> name) {}

  AnnotationLookup(SourceIndex index) {
    this.index = index;
  }

  /**
   * Drops the calling thread's cache. A thread-local value lives as long as its thread, not its
   * look-up: the worker threads end with the read, the thread that started the read does not.
   */
  void forgetThisThread() {
    resolved.remove();
  }

  /** The {@code jakarta.persistence} or {@code javax.persistence} annotation of that name. */
  Optional<AnnotationExpr> jpa(
      NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> context, String name) {
    return first(node, file, context, name, KnownAnnotations.JPA_PACKAGES);
  }

  /** Every such annotation, for the repeatable ones. */
  List<AnnotationExpr> jpaAll(
      NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> context, String name) {
    return all(node, file, context, name, KnownAnnotations.JPA_PACKAGES);
  }

  /** The Bean Validation constraint of that name ({@code jakarta} or {@code javax}). */
  Optional<AnnotationExpr> validation(
      NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> context, String name) {
    return first(node, file, context, name, KnownAnnotations.VALIDATION_PACKAGES);
  }

  /** The {@code org.hibernate.annotations} annotation of that name. */
  Optional<AnnotationExpr> hibernate(
      NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> context, String name) {
    return first(node, file, context, name, HIBERNATE);
  }

  /** Every {@code org.hibernate.annotations} annotation of that name (repeatable ones). */
  List<AnnotationExpr> hibernateAll(
      NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> context, String name) {
    return all(node, file, context, name, HIBERNATE);
  }

  private Optional<AnnotationExpr> first(
      NodeWithAnnotations<?> node,
      SourceFile file,
      Optional<TypeRef> context,
      String name,
      List<String> packages) {
    for (AnnotationExpr annotation : node.getAnnotations()) {
      if (isIn(annotation, file, context, name, packages)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  private List<AnnotationExpr> all(
      NodeWithAnnotations<?> node,
      SourceFile file,
      Optional<TypeRef> context,
      String name,
      List<String> packages) {
    // most declarations carry none of the repeatable annotation asked for: no list for them
    List<AnnotationExpr> found = List.of();
    for (AnnotationExpr annotation : node.getAnnotations()) {
      if (isIn(annotation, file, context, name, packages)) {
        if (found.isEmpty()) {
          found = new ArrayList<>(1);
        }
        found.add(annotation);
      }
    }
    return found;
  }

  /**
   * Whether the annotation is {@code pkg.name} for one of the packages. Java has no import aliases,
   * so an annotation's written name ends in the simple name it resolves to: comparing that first
   * spares resolving every annotation of a field for each of the dozens of names the mappers ask
   * for (issue 18: look-ups were a third of mapping time).
   */
  private boolean isIn(
      AnnotationExpr annotation,
      SourceFile file,
      Optional<TypeRef> context,
      String name,
      List<String> packages) {
    if (!annotation.getName().getIdentifier().equals(name)) {
      return false;
    }
    Optional<String> qualified = qualifiedName(annotation, file, context);
    if (qualified.isEmpty()) {
      return false;
    }
    String q = qualified.get();
    int dot = q.length() - name.length() - 1;
    return dot > 0
        && q.charAt(dot) == '.'
        && q.endsWith(name)
        && packages.contains(q.substring(0, dot));
  }

  /** Any annotation with that simple name, whatever its package (for {@code @RenamedFrom}). */
  Optional<AnnotationExpr> anyNamed(NodeWithAnnotations<?> node, String simpleName) {
    return node.getAnnotations().stream()
        .filter(a -> a.getName().getIdentifier().equals(simpleName))
        .findFirst();
  }

  /**
   * The qualified name of an annotation when it can be told from the sources and imports: a type in
   * the sources, an explicit or fully qualified name, or a known persistence annotation reached
   * through a star import.
   */
  Optional<String> qualifiedName(
      AnnotationExpr annotation, SourceFile file, Optional<TypeRef> context) {
    Map<AnnotationExpr, Resolved> cache = resolved.get();
    Resolved known = cache.get(annotation);
    // files and type references are compared by identity: one instance each per read
    if (known != null && known.file() == file && sameType(known.context(), context)) {
      return known.name();
    }
    Optional<String> name = resolve(annotation, file, context);
    cache.put(annotation, new Resolved(file, context, name));
    return name;
  }

  private static boolean sameType(Optional<TypeRef> a, Optional<TypeRef> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get() == b.get());
  }

  private Optional<String> resolve(
      AnnotationExpr annotation, SourceFile file, Optional<TypeRef> context) {
    String written = annotation.getNameAsString();
    Optional<TypeRef> declared = index.resolve(written, file, context);
    if (declared.isPresent()) {
      return Optional.of(declared.get().qualifiedName());
    }
    if (written.contains(".")) {
      return Optional.of(written);
    }
    String imported = file.singleImports().get(written);
    if (imported != null) {
      return Optional.of(imported);
    }
    for (String star : file.starImports()) {
      if (KnownAnnotations.declares(star, written)) {
        return Optional.of(star + "." + written);
      }
    }
    return Optional.empty();
  }
}
