package dev.autogen.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Where a field sits when it belongs to an embeddable: the attribute path of the embedding fields
 * ({@code homeAddress.}), the {@code @AttributeOverride} columns collected on the way down (keyed
 * by full path; the outermost override wins, as in JPA), and whether the embedding is an {@code
 * EmbeddedId}.
 */
record Embedding(String prefix, Map<String, AnnotationValues> overrides, boolean id) {

  static final Embedding NONE = new Embedding("", Map.of(), false);

  Embedding {
    overrides = Map.copyOf(overrides);
  }

  Optional<AnnotationValues> override(String path) {
    return Optional.ofNullable(overrides.get(path)).flatMap(o -> o.nested("column"));
  }

  boolean embedded() {
    return !prefix.isEmpty();
  }
}
