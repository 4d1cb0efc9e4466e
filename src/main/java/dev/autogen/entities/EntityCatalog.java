package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code @Entity} classes of the sources with their names, and each entity's mapped fields,
 * computed on first use so that relationship targets can be looked up in any order.
 */
final class EntityCatalog {

  private final MappingContext ctx;
  private final FieldCollector collector;
  private final FieldClassifier classifier;
  private final EmbeddableExpander embeddables;
  private final Map<String, EntityInfo> entities = new LinkedHashMap<>();
  private final Map<String, EntityFields> fields = new HashMap<>();

  EntityCatalog(MappingContext ctx) {
    this.ctx = ctx;
    this.collector = new FieldCollector(ctx);
    this.classifier = new FieldClassifier(ctx, new ColumnMapper(ctx));
    this.embeddables = new EmbeddableExpander(ctx, collector);
    List<TypeRef> types = new ArrayList<>(ctx.index().types());
    types.sort(Comparator.comparing(TypeRef::qualifiedName));
    for (TypeRef type : types) {
      if (type.declaration() instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()) {
        ctx.jpa(cls, type, "Entity")
            .ifPresent(e -> entities.put(type.qualifiedName(), info(type, e)));
      }
    }
  }

  private EntityInfo info(TypeRef type, AnnotationValues entity) {
    String entityName = entity.string("name").orElse(type.simpleName());
    String tableName =
        ctx.jpa(type.declaration(), type, "Table")
            .flatMap(t -> t.string("name"))
            .orElse(entityName);
    return new EntityInfo(type, entityName, ctx.names().physical(tableName), tableName);
  }

  /** Entities ordered by qualified class name. */
  List<EntityInfo> entities() {
    return List.copyOf(entities.values());
  }

  /** The entity a type name written in {@code field}'s file denotes, if it is one. */
  Optional<EntityInfo> entity(String written, PersistentField field) {
    return ctx.index()
        .resolve(written.replaceAll("<.*>", ""), field.file(), field.context())
        .flatMap(this::entity);
  }

  Optional<EntityInfo> entity(TypeRef type) {
    return Optional.ofNullable(entities.get(type.qualifiedName()));
  }

  EntityFields fields(EntityInfo entity) {
    EntityFields cached = fields.get(entity.type().qualifiedName());
    if (cached != null) {
      return cached;
    }
    List<FieldSlot> slots = new ArrayList<>();
    for (PersistentField declared : collector.fields(entity.type())) {
      for (PersistentField field : embeddables.expand(declared)) {
        classifier.classify(field, entity).ifPresent(slots::add);
      }
    }
    EntityFields mapped = new EntityFields(slots);
    fields.put(entity.type().qualifiedName(), mapped);
    return mapped;
  }
}
