package dev.autogen.entities;

import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a field that embeds an {@code @Embeddable} ({@code @Embedded}, {@code @EmbeddedId}, or
 * simply typed with an embeddable class) by the embeddable's own fields, recursively, each carrying
 * the {@code @AttributeOverride}s that apply to it. Other fields stand for themselves.
 */
final class EmbeddableExpander {

  /** Annotations of an embedding field that this class reads or that do not change the schema. */
  private static final Set<String> HANDLED =
      Set.of(
          "Embedded",
          "EmbeddedId",
          "Id",
          "AttributeOverride",
          "AttributeOverrides",
          "AssociationOverride",
          "AssociationOverrides",
          "Access",
          "Valid",
          "Fetch",
          "LazyGroup");

  /** Embeddables nested deeper than this are taken to be a cycle. */
  private static final int MAX_DEPTH = 16;

  private final MappingContext ctx;
  private final FieldCollector collector;

  EmbeddableExpander(MappingContext ctx, FieldCollector collector) {
    this.ctx = ctx;
    this.collector = collector;
  }

  List<PersistentField> expand(PersistentField field) {
    return expand(field, 0);
  }

  private List<PersistentField> expand(PersistentField field, int depth) {
    Optional<AnnotationValues> embedded = ctx.jpa(field.declaration(), field.owner(), "Embedded");
    Optional<AnnotationValues> embeddedId =
        ctx.jpa(field.declaration(), field.owner(), "EmbeddedId");
    JavaType type = JavaType.of(field, ctx.index());
    Optional<AnnotationValues> marker = embedded.or(() -> embeddedId);
    // Hibernate takes the type of an @Embedded or @EmbeddedId attribute for an embeddable even
    // without @Embeddable (a record, a plain class: differential set implicit_embeddables)
    Optional<TypeRef> embeddable =
        type.declared()
            .filter(
                t -> marker.isPresent() || ctx.jpa(t.declaration(), t, "Embeddable").isPresent());
    if (embeddable.isEmpty()) {
      if (marker.isPresent()) {
        ctx.diagnostics()
            .skipped(
                field,
                marker.get(),
                "embeddable " + type.name() + " is not an @Embeddable among the sources");
        return List.of();
      }
      return List.of(field);
    }
    if (depth > MAX_DEPTH) {
      ctx.diagnostics()
          .warn(
              field.file(),
              field.variable(),
              "embeddables nest too deep (a cycle?); field '" + field.name() + "' skipped");
      return List.of();
    }
    warnUnsupported(field);
    String prefix = field.path() + ".";
    Map<String, AnnotationValues> overrides = new HashMap<>(field.embedding().overrides());
    for (AnnotationValues override : overrides(field)) {
      override.string("name").ifPresent(n -> overrides.putIfAbsent(prefix + n, override));
    }
    Map<String, AnnotationValues> associations = new HashMap<>(field.embedding().associations());
    for (AnnotationValues override : associationOverrides(field)) {
      override.string("name").ifPresent(n -> associations.putIfAbsent(prefix + n, override));
    }
    // a plain @Id typed with an embeddable is an embedded id to Hibernate, as @EmbeddedId is
    // (differential set id_on_embeddable)
    boolean id =
        field.embedding().id()
            || embeddedId.isPresent()
            || ctx.jpa(field.declaration(), field.owner(), "Id").isPresent();
    Embedding embedding =
        new Embedding(
            prefix,
            overrides,
            id,
            associations,
            field.embedding().declarer().or(() -> Optional.of(field.owner())));
    List<PersistentField> fields = new ArrayList<>();
    List<PersistentField> inners = new ArrayList<>(collector.fields(embeddable.get()));
    // Hibernate binds an embeddable's attributes sorted by name: that order is a composite key's
    inners.sort(Comparator.comparing(PersistentField::name));
    for (PersistentField inner : inners) {
      PersistentField placed =
          new PersistentField(inner.owner(), inner.declaration(), inner.variable(), embedding);
      fields.addAll(expand(placed, depth + 1));
    }
    return fields;
  }

  private void warnUnsupported(PersistentField field) {
    for (AnnotationExpr annotation : field.declaration().getAnnotations()) {
      Optional<String> qualified =
          ctx.lookup().qualifiedName(annotation, field.file(), field.context());
      if (qualified.isPresent()
          && KnownAnnotations.isPersistence(qualified.get())
          && !HANDLED.contains(KnownAnnotations.simpleName(qualified.get()))) {
        ctx.diagnostics()
            .warn(
                field.file(),
                annotation,
                "@"
                    + KnownAnnotations.simpleName(qualified.get())
                    + " is not supported yet on an embedded field; ignored on '"
                    + field.name()
                    + "'");
      }
    }
  }

  /**
   * The fields of an embeddable used as the element of {@code collection}, with the collection's
   * {@code @AttributeOverride}s keyed by attribute name.
   */
  List<PersistentField> expandType(PersistentField collection, TypeRef embeddable) {
    Map<String, AnnotationValues> overrides = new HashMap<>();
    for (AnnotationValues override : overrides(collection)) {
      // a map's value attributes are named "value.<attribute>"
      override
          .string("name")
          .map(n -> JavaType.isMap(collection) && n.startsWith("value.") ? n.substring(6) : n)
          .ifPresent(n -> overrides.putIfAbsent(n, override));
    }
    Embedding embedding = new Embedding("", overrides, false);
    List<PersistentField> inners = new ArrayList<>(collector.fields(embeddable));
    inners.sort(Comparator.comparing(PersistentField::name));
    List<PersistentField> fields = new ArrayList<>();
    for (PersistentField inner : inners) {
      fields.addAll(
          expand(
              new PersistentField(inner.owner(), inner.declaration(), inner.variable(), embedding),
              1));
    }
    return fields;
  }

  /** {@code @AssociationOverride}s on the field, repeated or in {@code @AssociationOverrides}. */
  private List<AnnotationValues> associationOverrides(PersistentField field) {
    return ctx.jpaRepeatable(field.declaration(), field.owner(), "AssociationOverride");
  }

  /** {@code @AttributeOverride}s on the field, repeated or inside {@code @AttributeOverrides}. */
  private List<AnnotationValues> overrides(PersistentField field) {
    return ctx.jpaRepeatable(field.declaration(), field.owner(), "AttributeOverride");
  }
}
