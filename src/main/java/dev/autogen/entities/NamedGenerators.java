package dev.autogen.entities;

import java.util.List;
import java.util.Optional;

/**
 * Id generator declarations ({@code @SequenceGenerator}, {@code @TableGenerator}) found by name as
 * Hibernate 7 scopes them: on the field, its class or the entity ({@code
 * hibernate.jpa.compliance.global_id_generators} is off by default), so another entity's generator
 * of that name is not seen (the name is then taken as a sequence name).
 */
final class NamedGenerators {

  private NamedGenerators() {}

  /** The {@code @annotation} named {@code name}, alone or in its container {@code @annotation}s. */
  static Optional<AnnotationValues> find(
      MappingContext ctx,
      PersistentField field,
      EntityInfo entity,
      String annotation,
      String name) {
    Optional<AnnotationValues> onField = ctx.jpa(field.declaration(), field.owner(), annotation);
    if (onField.flatMap(f -> f.string("name")).filter(name::equals).isPresent()) {
      return onField;
    }
    for (TypeRef type : List.of(field.owner(), entity.type())) {
      for (AnnotationValues candidate : declared(ctx, type, annotation)) {
        if (candidate.string("name").filter(name::equals).isPresent()) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static List<AnnotationValues> declared(
      MappingContext ctx, TypeRef type, String annotation) {
    Optional<AnnotationValues> single = ctx.jpa(type.declaration(), type, annotation);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    return ctx.jpa(type.declaration(), type, annotation + "s")
        .map(all -> all.annotations("value"))
        .orElse(List.of());
  }
}
