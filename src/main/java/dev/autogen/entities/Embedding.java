package dev.autogen.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Where a field sits when it belongs to an embeddable: the attribute path of the embedding fields
 * ({@code homeAddress.}), the {@code @AttributeOverride} columns collected on the way down (keyed
 * by full path; the outermost override wins, as in JPA), whether the embedding is an {@code
 * EmbeddedId}, the {@code @AssociationOverride}s of its relationships (keyed the same way), and the
 * type that declares the outermost embedding field (the class level Hibernate binds it at).
 */
record Embedding(
    String prefix,
    Map<String, AnnotationValues> overrides,
    boolean id,
    Map<String, AnnotationValues> associations,
    Optional<TypeRef> declarer) {

  static final Embedding NONE = new Embedding("", Map.of(), false);

  Embedding {
    overrides = Map.copyOf(overrides);
    associations = Map.copyOf(associations);
  }

  Embedding(String prefix, Map<String, AnnotationValues> overrides, boolean id) {
    this(prefix, overrides, id, Map.of(), Optional.empty());
  }

  /** The {@code @AssociationOverride} of the relationship at {@code path}, outermost first. */
  Optional<AnnotationValues> association(String path) {
    return Optional.ofNullable(associations.get(path));
  }

  Optional<AnnotationValues> override(String path) {
    return Optional.ofNullable(overrides.get(path)).flatMap(o -> o.nested("column"));
  }

  boolean embedded() {
    return !prefix.isEmpty();
  }
}
