package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @Entity} classes of the sources with their names, and each entity's mapped fields,
 * computed on first use so that relationship targets can be looked up in any order.
 */
final class EntityCatalog {

  private final MappingContext ctx;
  private final FieldCollector collector;
  private final ColumnMapper columns;
  private final FieldClassifier classifier;
  private final EmbeddableExpander embeddables;
  private final Map<String, EntityInfo> entities = new LinkedHashMap<>();
  // filled on first use by whichever mapping thread needs an entity's fields first (issue 18);
  // never computeIfAbsent: computing one entity's fields may ask for another's (relationships).
  // Two threads may compute the same fields at once: the result and warnings are the same.
  private final Map<String, EntityFields> fields = new ConcurrentHashMap<>();
  private final Map<String, EntityFields> ownFields = new ConcurrentHashMap<>();
  private final EntityHierarchy hierarchy;

  EntityCatalog(MappingContext ctx) {
    this.ctx = ctx;
    this.collector = new FieldCollector(ctx);
    this.columns = new ColumnMapper(ctx);
    this.classifier = new FieldClassifier(ctx, columns);
    this.embeddables = new EmbeddableExpander(ctx, collector);
    List<TypeRef> types = new ArrayList<>(ctx.index().types());
    types.sort(Comparator.comparing(TypeRef::qualifiedName));
    for (TypeRef type : types) {
      if (type.declaration() instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()) {
        ctx.jpa(cls, type, "Entity")
            .ifPresent(e -> entities.put(type.qualifiedName(), info(type, e)));
      }
    }
    Map<String, TypeRef> entityTypes = new LinkedHashMap<>();
    entities.forEach((name, info) -> entityTypes.put(name, info.type()));
    this.hierarchy = new EntityHierarchy(ctx, entityTypes);
    // a single-table subclass lives in its root's table
    for (EntityInfo info : List.copyOf(entities.values())) {
      if (hierarchy.parent(info.type()).isPresent()
          && hierarchy.strategy(info.type()) == EntityHierarchy.Strategy.SINGLE_TABLE) {
        EntityInfo root = entities.get(hierarchy.root(info.type()).qualifiedName());
        ctx.jpa(info.type().declaration(), info.type(), "Table")
            .filter(t -> t.string("name").isPresent())
            .ifPresent(
                t ->
                    ctx.diagnostics()
                        .warn(
                            info.type().file(),
                            t.annotation(),
                            "@Table on a SINGLE_TABLE subclass is ignored; it maps to "
                                + root.table()));
        entities.put(
            info.type().qualifiedName(),
            new EntityInfo(info.type(), info.entityName(), root.table(), root.logicalTable()));
      }
    }
  }

  EntityHierarchy hierarchy() {
    return hierarchy;
  }

  /** The mapper of basic fields to columns the catalog classifies fields with, for other fields. */
  ColumnMapper columns() {
    return columns;
  }

  /** The expander of embedded fields the catalog reads entities with, for other embeddables. */
  EmbeddableExpander embeddables() {
    return embeddables;
  }

  private EntityInfo info(TypeRef type, AnnotationValues entity) {
    String entityName = entity.string("name").orElse(type.simpleName());
    String tableName =
        ctx.jpa(type.declaration(), type, "Table")
            .flatMap(t -> t.string("name"))
            .orElse(entityName);
    return new EntityInfo(type, entityName, ctx.names().physical(tableName), tableName);
  }

  /**
   * The entities that own a table, ordered by qualified class name: single-table subclasses map
   * into their root's table and abstract table-per-class entities have none.
   */
  List<EntityInfo> entities() {
    return entities.values().stream().filter(this::ownsTable).toList();
  }

  private boolean ownsTable(EntityInfo entity) {
    EntityHierarchy.Strategy strategy = hierarchy.strategy(entity.type());
    if (strategy == EntityHierarchy.Strategy.SINGLE_TABLE) {
      return hierarchy.parent(entity.type()).isEmpty();
    }
    return strategy != EntityHierarchy.Strategy.TABLE_PER_CLASS
        || !EntityHierarchy.isAbstract(entity.type());
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

  /** Every attribute of the entity: its entity superclasses' first, then its own. */
  EntityFields fields(EntityInfo entity) {
    EntityFields cached = fields.get(entity.type().qualifiedName());
    if (cached != null) {
      return cached;
    }
    List<FieldSlot> slots = new ArrayList<>();
    hierarchy
        .parent(entity.type())
        .flatMap(this::entity)
        .ifPresent(parent -> slots.addAll(fields(parent).slots()));
    slots.addAll(ownFields(entity).slots());
    EntityFields mapped = new EntityFields(slots);
    EntityFields first = fields.putIfAbsent(entity.type().qualifiedName(), mapped);
    return first != null ? first : mapped;
  }

  /**
   * The one basic id column of {@code entity}, or empty with a warning that {@code use} (a phrase
   * ending where the entity's name follows) is not supported for an entity with no basic id or a
   * composite one.
   */
  Optional<MappedColumn> singleId(
      EntityInfo entity, String use, PersistentField field, AnnotationValues at) {
    List<MappedColumn> ids = fields(entity).idColumns();
    if (ids.size() != 1) {
      ctx.diagnostics()
          .skipped(
              field,
              at,
              use
                  + " "
                  + entity.entityName()
                  + ", which has "
                  + (ids.isEmpty() ? "no basic @Id" : "a composite key")
                  + ", is not supported yet");
      return Optional.empty();
    }
    return Optional.of(ids.get(0));
  }

  /**
   * The attributes the entity declares itself or inherits from mapped superclasses below its
   * nearest entity superclass.
   */
  EntityFields ownFields(EntityInfo entity) {
    EntityFields cached = ownFields.get(entity.type().qualifiedName());
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
    EntityFields first = ownFields.putIfAbsent(entity.type().qualifiedName(), mapped);
    return first != null ? first : mapped;
  }
}
