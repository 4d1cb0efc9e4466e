package dev.autogen.entities;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each persistent field is: a basic column, a relationship to map later, or something
 * autogen cannot map yet, which is reported (never dropped silently).
 */
final class FieldClassifier {

  private static final List<String> RELATIONS = List.of("ManyToOne", "OneToOne");
  private static final List<String> COLLECTIONS =
      List.of("OneToMany", "ManyToMany", "ElementCollection");
  private static final List<String> UNSUPPORTED = List.of("Any");

  /** Annotations the mappers read. */
  private static final Set<String> HANDLED =
      Set.of(
          "Id",
          "GeneratedValue",
          "SequenceGenerator",
          "SequenceGenerators",
          "TableGenerator",
          "TableGenerators",
          "Column",
          "Enumerated",
          "Lob",
          "Version",
          "Temporal",
          "Transient",
          "ManyToOne",
          "OneToOne",
          "JoinColumn",
          "JoinColumns",
          "MapsId",
          "Basic",
          "ColumnDefault",
          "JdbcTypeCode",
          "OnDelete",
          "Formula",
          "NaturalId",
          "GenericGenerator",
          "OneToMany",
          "ManyToMany",
          "ElementCollection",
          "CollectionTable",
          "JoinTable",
          "OrderColumn",
          "MapKey",
          "MapKeyColumn",
          "MapKeyEnumerated",
          "MapKeyTemporal",
          "MapKeyJoinColumn",
          "Embedded",
          "EmbeddedId",
          "AttributeOverride",
          "AttributeOverrides",
          "Any",
          "Check",
          "Checks",
          "Convert");

  /** Annotations without effect on the schema. */
  private static final Set<String> NO_SCHEMA_EFFECT =
      Set.of(
          "Access",
          "Cache",
          "CreationTimestamp",
          "UpdateTimestamp",
          "CurrentTimestamp",
          "Fetch",
          "BatchSize",
          "LazyGroup",
          "OptimisticLock",
          "Cascade",
          "Nationalized",
          "Comment",
          "OrderBy");

  private final MappingContext ctx;
  private final ColumnMapper columns;

  FieldClassifier(MappingContext ctx, ColumnMapper columns) {
    this.ctx = ctx;
    this.columns = columns;
  }

  Optional<FieldSlot> classify(PersistentField field, EntityInfo entity) {
    warnUnsupportedAnnotations(field);
    for (String kind : UNSUPPORTED) {
      Optional<AnnotationValues> a = ctx.jpa(field.declaration(), field.owner(), kind);
      if (a.isPresent()) {
        ctx.diagnostics().skipped(field, a.get(), "@" + kind + " is not supported yet");
        return Optional.empty();
      }
    }
    for (String kind : COLLECTIONS) {
      Optional<AnnotationValues> a = ctx.jpa(field.declaration(), field.owner(), kind);
      if (a.isPresent()) {
        return Optional.of(new FieldSlot.Collection(field, kind, a.get()));
      }
    }
    for (String kind : RELATIONS) {
      Optional<AnnotationValues> a = ctx.jpa(field.declaration(), field.owner(), kind);
      if (a.isPresent()) {
        return Optional.of(new FieldSlot.Relation(field, kind, a.get()));
      }
    }
    if (ctx.hibernate(field.declaration(), field.owner(), "Formula").isPresent()) {
      return Optional.empty(); // computed by a SQL expression on read: no column
    }
    boolean naturalId = ctx.hibernate(field.declaration(), field.owner(), "NaturalId").isPresent();
    return columns.map(field, entity).map(c -> new FieldSlot.Basic(field, c, naturalId));
  }

  /** Hibernate 5's {@code @Type(type = "name")}, written by applications made for it. */
  private static boolean hibernateFiveType(String simple, AnnotationExpr annotation) {
    return simple.equals("Type")
        && annotation instanceof NormalAnnotationExpr normal
        && normal.getPairs().stream().anyMatch(p -> p.getNameAsString().equals("type"));
  }

  private void warnUnsupportedAnnotations(PersistentField field) {
    for (AnnotationExpr annotation : field.declaration().getAnnotations()) {
      Optional<String> qualified =
          ctx.lookup().qualifiedName(annotation, field.file(), field.context());
      if (qualified.isEmpty() || !KnownAnnotations.isPersistence(qualified.get())) {
        continue;
      }
      String simple = KnownAnnotations.simpleName(qualified.get());
      if (!HANDLED.contains(simple) && !NO_SCHEMA_EFFECT.contains(simple)) {
        ctx.diagnostics()
            .warn(
                field.file(),
                annotation,
                hibernateFiveType(simple, annotation)
                    ? "@Type(type = ...) is Hibernate 5's form, which Hibernate 7 no longer has"
                        + " (@Type takes a UserType class, @JdbcTypeCode a SqlTypes code:"
                        + " LONGVARCHAR for TextType); ignored on field '"
                        + field.name()
                        + "', its Java type decides"
                    : "@"
                        + simple
                        + " is not supported yet; ignored on field '"
                        + field.name()
                        + "'");
      }
    }
  }
}
