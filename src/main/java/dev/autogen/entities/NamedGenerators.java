package dev.autogen.entities;

import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Optional;

/**
 * Id generator declarations ({@code @SequenceGenerator}, {@code @TableGenerator}, Hibernate's
 * {@code @GenericGenerator}) found by name as Hibernate 7 scopes them: on the field, its class or
 * the entity ({@code hibernate.jpa.compliance.global_id_generators} is off by default), so another
 * entity's generator of that name is not seen (the name is then taken as a sequence name).
 */
final class NamedGenerators {

  private NamedGenerators() {}

  /** How an annotation of one family (JPA's or Hibernate's) is looked up on a declaration. */
  interface Lookup {
    Optional<AnnotationValues> find(NodeWithAnnotations<?> node, TypeRef owner, String annotation);
  }

  /** The JPA {@code @annotation} named {@code name}, alone or in its container. */
  static Optional<AnnotationValues> find(
      MappingContext ctx,
      PersistentField field,
      EntityInfo entity,
      String annotation,
      String name) {
    return find(ctx::jpa, field, entity, annotation, name);
  }

  /** The {@code @annotation} named {@code name}, alone or in its container {@code @annotation}s. */
  static Optional<AnnotationValues> find(
      Lookup lookup, PersistentField field, EntityInfo entity, String annotation, String name) {
    Optional<AnnotationValues> onField =
        lookup.find(field.declaration(), field.owner(), annotation);
    if (onField.flatMap(f -> f.string("name")).filter(name::equals).isPresent()) {
      return onField;
    }
    for (TypeRef type : List.of(field.owner(), entity.type())) {
      for (AnnotationValues candidate : declared(lookup, type, annotation)) {
        if (candidate.string("name").filter(name::equals).isPresent()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static List<AnnotationValues> declared(Lookup lookup, TypeRef type, String annotation) {
    Optional<AnnotationValues> single = lookup.find(type.declaration(), type, annotation);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    return lookup
        .find(type.declaration(), type, annotation + "s")
        .map(all -> all.annotations("value"))
        .orElse(List.of());
  }
}
