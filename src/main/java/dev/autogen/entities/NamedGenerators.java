package dev.autogen.entities;

import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Id generator declarations ({@code @SequenceGenerator}, {@code @TableGenerator}, Hibernate's
 * {@code @GenericGenerator}) found by name as Hibernate 7 scopes them: on the field, its class or
 * the entity ({@code hibernate.jpa.compliance.global_id_generators} is off by default), so another
 * entity's generator of that name is not seen (the name is then taken as a sequence name). A
 * generator on a package ({@code package-info.java}) comes after them, the entity's package first:
 * JPA scanning and Spring Boot register annotated packages, which makes their generators visible to
 * every entity (differential set package_generators).
 */
final class NamedGenerators {

  private NamedGenerators() {}

  /** How an annotation of one family (JPA's or Hibernate's) is looked up on a declaration. */
  interface Lookup {
    Optional<AnnotationExpr> find(
        NodeWithAnnotations<?> node, SourceFile file, Optional<TypeRef> owner, String annotation);
  }

  /** The JPA {@code @annotation} named {@code name}, alone or in its container. */
  static Optional<AnnotationValues> find(
      MappingContext ctx,
      PersistentField field,
      EntityInfo entity,
      String annotation,
      String name) {
    return find(ctx, ctx.lookup()::jpa, field, entity, annotation, name);
  }

  /** The {@code @annotation} named {@code name}, alone or in its container {@code @annotation}s. */
  static Optional<AnnotationValues> find(
      MappingContext ctx,
      Lookup lookup,
      PersistentField field,
      EntityInfo entity,
      String annotation,
      String name) {
    Optional<AnnotationValues> onField =
        lookup
            .find(field.declaration(), field.owner().file(), Optional.of(field.owner()), annotation)
            .map(a -> ctx.values(a, field.owner()));
    if (onField.flatMap(f -> f.string("name")).filter(name::equals).isPresent()) {
      return onField;
    }
    List<AnnotationValues> candidates = new ArrayList<>();
    for (TypeRef type : List.of(field.owner(), entity.type())) {
      candidates.addAll(
          declared(ctx, lookup, type.declaration(), type.file(), Optional.of(type), annotation));
    }
    for (SourceFile info : packageInfos(ctx, entity)) {
      candidates.addAll(declared(ctx, lookup, packageOf(info), info, Optional.empty(), annotation));
    }
    return candidates.stream()
        .filter(c -> c.string("name").filter(name::equals).isPresent())
        .findFirst();
  }

  /**
   * A {@code @SequenceGenerator} without a name on the entity's package: Hibernate 7 gives it to
   * the package's sequence ids that name no generator (differential set package_generators).
   */
  static Optional<AnnotationValues> unnamedOfPackage(MappingContext ctx, EntityInfo entity) {
    String pkg = entity.type().file().packageName();
    return ctx.index().packageInfos().stream()
        .filter(info -> info.packageName().equals(pkg))
        .flatMap(
            info ->
                declared(
                    ctx,
                    ctx.lookup()::jpa,
                    packageOf(info),
                    info,
                    Optional.empty(),
                    "SequenceGenerator")
                    .stream())
        .filter(g -> g.string("name").filter(n -> !n.isEmpty()).isEmpty())
        .findFirst();
  }

  /** Every package-info.java, the entity's own package first. */
  private static List<SourceFile> packageInfos(MappingContext ctx, EntityInfo entity) {
    String pkg = entity.type().file().packageName();
    return ctx.index().packageInfos().stream()
        .sorted(Comparator.comparing(info -> !info.packageName().equals(pkg)))
        .toList();
  }

  private static NodeWithAnnotations<?> packageOf(SourceFile info) {
    return info.unit().getPackageDeclaration().orElseGet(PackageDeclaration::new);
  }

  private static List<AnnotationValues> declared(
      MappingContext ctx,
      Lookup lookup,
      NodeWithAnnotations<?> node,
      SourceFile file,
      Optional<TypeRef> owner,
      String annotation) {
    Optional<AnnotationExpr> single = lookup.find(node, file, owner, annotation);
    if (single.isPresent()) {
      return List.of(values(ctx, single.get(), file, owner));
    }
    return lookup
        .find(node, file, owner, annotation + "s")
        .map(all -> values(ctx, all, file, owner).annotations("value"))
        .orElse(List.of());
  }

  private static AnnotationValues values(
      MappingContext ctx, AnnotationExpr annotation, SourceFile file, Optional<TypeRef> owner) {
    return new AnnotationValues(annotation, new ConstantScope(file, owner, ctx.evaluator()));
  }
}
