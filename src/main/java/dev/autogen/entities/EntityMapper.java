package dev.autogen.entities;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.autogen.model.Check;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.model.UnwrittenColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps one entity to its table, the sequences its ids need and the renames it declares. */
final class EntityMapper {

  /**
   * One entity's contribution to the desired schema.
   *
   * @param collectionTables the join and collection tables its collection fields own
   * @param foreignColumns columns its collections add to other entities' tables
   * @param generatorTables the tables its table-generated ids draw from (shared by entities)
   * @param encodings how the application encodes the values of its tables' columns
   */
  record Mapped(
      Table table,
      List<Table> collectionTables,
      List<CollectionMapper.ForeignColumn> foreignColumns,
      List<Sequence> sequences,
      List<IdSequence> idSequences,
      List<Table> generatorTables,
      List<RenameHint> renames,
      List<RenameHint> fieldNameEvidence,
      List<FieldColumn> fields,
      List<ColumnEncoding> encodings,
      List<UnwrittenColumn> unwritten,
      List<CompositeJoins.ReferencedUnique> referencedUniques) {}

  private static final Set<String> HANDLED =
      Set.of(
          "Entity",
          "Table",
          "MappedSuperclass",
          "SequenceGenerator",
          "SequenceGenerators",
          "TableGenerator",
          "TableGenerators",
          "GenericGenerator",
          "GenericGenerators",
          "Inheritance",
          "DiscriminatorColumn",
          "DiscriminatorValue",
          "PrimaryKeyJoinColumn",
          "PrimaryKeyJoinColumns",
          "Check",
          "Checks",
          "IdClass",
          // a query, not a table: EntityReader leaves the entity's table out (SubselectEntities)
          "Subselect",
          "Synchronize");

  private static final Set<String> NO_SCHEMA_EFFECT =
      Set.of(
          "Access",
          "Cacheable",
          "Cache",
          "DynamicInsert",
          "DynamicUpdate",
          "BatchSize",
          "Immutable",
          "EntityListeners",
          "ExcludeDefaultListeners",
          "ExcludeSuperclassListeners",
          "NamedQuery",
          "NamedQueries",
          "NamedNativeQuery",
          "NamedNativeQueries",
          "NamedEntityGraph",
          "NamedEntityGraphs",
          "NamedStoredProcedureQuery",
          "NamedStoredProcedureQueries",
          "SqlResultSetMapping",
          "SqlResultSetMappings",
          "Where",
          "SQLRestriction",
          "SQLDelete",
          "SQLInsert",
          "SQLUpdate",
          "FilterDef",
          "FilterDefs",
          "Filter",
          "Filters",
          "SelectBeforeUpdate",
          "OptimisticLocking",
          "Proxy",
          "Comment");

  private final MappingContext ctx;
  private final EntityCatalog catalog;
  private final RelationMapper relations;
  private final CompositeJoins composites;
  private final CollectionMapper collections;
  private final TableConstraints constraints;
  private final InheritanceMapper inheritance;
  private final CheckConstraints checks;
  private final TableGenerators tableGenerators;

  EntityMapper(MappingContext ctx, EntityCatalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.relations = new RelationMapper(ctx, catalog);
    this.composites = new CompositeJoins(ctx, relations);
    this.collections = new CollectionMapper(ctx, catalog);
    this.constraints = new TableConstraints(ctx);
    this.inheritance = new InheritanceMapper(ctx, catalog);
    this.checks = new CheckConstraints(ctx);
    this.tableGenerators = new TableGenerators(ctx);
  }

  Mapped map(EntityInfo entity) {
    TypeRef type = entity.type();
    warnClassAnnotations(type);
    TableBuilder table = new TableBuilder(entity.table(), ctx.diagnostics());
    Parts parts = new Parts();
    ctx.lookup()
        .anyNamed(type.declaration(), "RenamedFrom")
        .flatMap(r -> ctx.values(r, type).string("value"))
        .ifPresent(
            old -> parts.renames.add(RenameHint.table(ctx.names().explicit(old), entity.table())));

    EntityHierarchy hierarchy = catalog.hierarchy();
    EntityHierarchy.Strategy strategy = hierarchy.strategy(type);
    boolean subclass = hierarchy.parent(type).isPresent();
    if (!subclass) {
      // before the fields, as Hibernate binds it: a field on the discriminator column is a
      // read-only view of it, and the discriminator's definition is the column's
      inheritance.discriminator(entity, strategy, table);
      // Hibernate writes the discriminator value even where a field on it is not insertable
      table.discriminator().ifPresent(column -> parts.mapped(column, true));
    }
    if (subclass && strategy == EntityHierarchy.Strategy.JOINED) {
      inheritance.joinedKey(entity, table);
      mapSlots(entity, catalog.ownFields(entity).slots(), table, parts, Optional.empty());
    } else {
      mapSlots(entity, catalog.fields(entity).slots(), table, parts, Optional.empty());
    }
    if (!subclass && strategy == EntityHierarchy.Strategy.SINGLE_TABLE) {
      for (TypeRef descendant : hierarchy.descendants(type)) {
        EntityInfo sub = catalog.entity(descendant).orElseThrow();
        InheritanceMapper.SubclassColumns relaxed = inheritance.subclassColumns(entity, sub);
        mapSlots(sub, catalog.ownFields(sub).slots(), table, parts, Optional.of(relaxed));
        relaxed.check().ifPresent(table::addCheck);
      }
    }
    ctx.jpa(type.declaration(), type, "Table")
        .ifPresent(t -> constraints.apply(t, table, type.file()));
    checks.table(type, table.name()).forEach(table::addCheck);
    Table built = table.build();
    List<ColumnEncoding> encodings = new ArrayList<>(table.encodings());
    encodings.addAll(parts.encodings);
    declaredFields(type, built.name(), parts.fields);
    if (built.primaryKey().isEmpty() && !DeclaredIds.mayHaveId(ctx, type)) {
      throw ctx.diagnostics()
          .error(
              type.file(),
              type.declaration().getName(),
              "entity "
                  + type.simpleName()
                  + " has no @Id or @EmbeddedId (Hibernate refuses an entity without an"
                  + " identifier)");
    }
    if (built.primaryKey().isEmpty()) {
      ctx.diagnostics().warn(type.file(), type.declaration().getName(), missingIdMessage(type));
    }
    return new Mapped(
        built,
        parts.collectionTables,
        parts.foreignColumns,
        parts.sequences,
        parts.idSequences,
        parts.generatorTables,
        parts.renames,
        parts.evidence,
        parts.fields,
        encodings,
        parts.unwritten(built.name()),
        parts.referencedUniques);
  }

  /** The entity's own fields that map no column of their own, named without one. */
  private static void declaredFields(TypeRef type, Identifier table, List<FieldColumn> fields) {
    java.util.Set<String> named = new java.util.HashSet<>();
    fields.forEach(f -> named.add(f.field()));
    for (var field : type.declaration().getFields()) {
      if (field.isStatic()) {
        continue;
      }
      for (var variable : field.getVariables()) {
        if (named.add(variable.getNameAsString())) {
          fields.add(
              new FieldColumn(
                  table, Optional.empty(), type.qualifiedName(), variable.getNameAsString()));
        }
      }
    }
  }

  /** What the slots of one table add besides the table itself. */
  private static final class Parts {
    final List<Sequence> sequences = new ArrayList<>();
    final List<IdSequence> idSequences = new ArrayList<>();
    final List<Table> generatorTables = new ArrayList<>();
    final List<RenameHint> renames = new ArrayList<>();
    final List<RenameHint> evidence = new ArrayList<>();
    final List<FieldColumn> fields = new ArrayList<>();
    final List<ColumnEncoding> encodings = new ArrayList<>();
    final List<Table> collectionTables = new ArrayList<>();
    final List<CollectionMapper.ForeignColumn> foreignColumns = new ArrayList<>();
    final List<CompositeJoins.ReferencedUnique> referencedUniques = new ArrayList<>();
    // a column is unwritten only if no mapping of it writes it (a read-only copy of a join column
    // is common: @Column(insertable = false) Long ownerId beside @ManyToOne Owner owner)
    final Set<Identifier> notInserted = new java.util.LinkedHashSet<>();
    final Set<Identifier> inserted = new java.util.HashSet<>();

    void mapped(Identifier column, boolean insertable) {
      (insertable ? inserted : notInserted).add(column);
    }

    List<UnwrittenColumn> unwritten(Identifier table) {
      return notInserted.stream()
          .filter(c -> !inserted.contains(c))
          .map(c -> new UnwrittenColumn(table, c))
          .toList();
    }
  }

  /**
   * Maps slots into {@code table}; {@code relaxed} is present for the fields of a single-table
   * subclass, whose implied NOT NULLs Hibernate turns into a check.
   */
  private void mapSlots(
      EntityInfo entity,
      List<FieldSlot> slots,
      TableBuilder table,
      Parts parts,
      Optional<InheritanceMapper.SubclassColumns> relaxed) {
    List<Identifier> naturalId = new ArrayList<>();
    // the columns a basic field of this class writes: a second one is a mapping Hibernate refuses
    Set<Identifier> written = new java.util.HashSet<>();
    // With @MapsId on a relationship the join column is the primary key, and the basic @Id
    // field maps no column of its own; @MapsId("a") replaces only attribute a of the embedded id.
    List<Optional<String>> mapsIds =
        slots.stream()
            .filter(FieldSlot.Relation.class::isInstance)
            .map(s -> relations.mapsId(((FieldSlot.Relation) s).field()))
            .flatMap(Optional::stream)
            .map(m -> m.string("value"))
            .toList();
    for (FieldSlot slot : slots) {
      if (slot instanceof FieldSlot.Basic basic) {
        if (basic.column().id() && mapsIdReplaces(mapsIds, basic.field())) {
          continue;
        }
        MappedColumn column = relaxed.isPresent() ? relaxed.get().basic(basic) : basic.column();
        if (basic.naturalId()) {
          naturalId.add(column.column().name());
        }
        parts.mapped(column.column().name(), insertable(basic.field().column(ctx)));
        if (!readOnly(basic.field().column(ctx)) && !written.add(column.column().name())) {
          // Hibernate 7 stops at start-up: "Column ... is duplicated in mapping for entity"
          ctx.diagnostics()
              .warn(
                  basic.field().file(),
                  basic.field().variable(),
                  "column "
                      + column.column().name()
                      + " of table "
                      + table.name()
                      + " is written by two fields of "
                      + entity.type().simpleName()
                      + "; Hibernate refuses this mapping at start-up (mark all but one"
                      + " insertable = false, updatable = false)");
        }
        BindingOrder order =
            new BindingOrder(column.id(), table.level(basic.field().level()), basic.field().path());
        if (readOnly(basic.field().column(ctx)) && table.keeps(column.column().name(), order)) {
          // a read-only copy of a column another basic field defines (bound before it)
          continue;
        }
        if (addColumn(table, column, Optional.of(order), parts.renames, parts.evidence)) {
          parts.fields.add(
              new FieldColumn(
                  table.name(),
                  Optional.of(column.column().name()),
                  entity.type().qualifiedName(),
                  basic.field().path()));
        }
        if (column.id()) {
          table.addPrimaryKeyColumn(column.column().name());
        }
        column.sequence().ifPresent(parts.sequences::add);
        if (column.id()) {
          column
              .sequence()
              .ifPresent(
                  s ->
                      parts.idSequences.add(
                          new IdSequence(table.name(), column.column().name(), s.name())));
        }
        if (column.id()) {
          tableGenerators.table(basic.field(), entity).ifPresent(parts.generatorTables::add);
        }
        column
            .check()
            .ifPresent(c -> table.addCheck(new Check(generated(entity, column, "check"), c)));
        checks.column(basic.field(), table.name(), column.column().name()).forEach(table::addCheck);
      } else if (slot instanceof FieldSlot.Relation relation && relations.composite(relation)) {
        composites
            .map(relation, entity)
            .ifPresent(
                join -> {
                  boolean added = true;
                  for (MappedColumn column : join.columns()) {
                    if (join.readOnly() && table.hasColumn(column.column().name())) {
                      continue; // a read-only view of columns the entity maps itself
                    }
                    added &=
                        addColumn(table, column, Optional.empty(), parts.renames, parts.evidence);
                    parts.mapped(column.column().name(), !join.readOnly());
                    if (join.key()) {
                      table.addPrimaryKeyColumn(column.column().name());
                    }
                  }
                  join.referencedUnique().ifPresent(parts.referencedUniques::add);
                  List<Identifier> names = join.uniqueOrder();
                  if (added && join.unique()) {
                    table.addUnique(
                        new UniqueConstraint(
                            ctx.names()
                                .generated(
                                    "", prependTable(entity, names), ctx.names().uniqueSuffix()),
                            names));
                  }
                  join.foreignKey().ifPresent(table::addForeignKey);
                });
      } else if (slot instanceof FieldSlot.Relation relation) {
        relations
            .map(relation, entity)
            .map(join -> relaxed.isPresent() ? relaxed.get().join(relation, join) : join)
            .ifPresent(
                join -> {
                  parts.mapped(
                      join.column().column().name(), insertable(relation.field().joinColumn(ctx)));
                  if (addColumn(
                          table, join.column(), Optional.empty(), parts.renames, parts.evidence)
                      && join.unique()) {
                    Identifier name = join.column().column().name();
                    table.addUnique(
                        new UniqueConstraint(
                            generated(entity, join.column(), ctx.names().uniqueSuffix()),
                            List.of(name)));
                  }
                  if (join.mapsId()) {
                    table.addPrimaryKeyColumn(join.column().column().name());
                  }
                  join.foreignKey().ifPresent(table::addForeignKey);
                });
      } else if (slot instanceof FieldSlot.Collection collection) {
        CollectionMapper.Mapped mapped = collections.map(collection, entity);
        parts.collectionTables.addAll(mapped.tables());
        parts.encodings.addAll(mapped.encodings());
        parts.foreignColumns.addAll(mapped.foreignColumns());
      }
    }
    if (!naturalId.isEmpty()) {
      List<Identifier> ordered = table.hibernateOrder(naturalId);
      table.addUnique(
          new UniqueConstraint(
              ctx.names().generated("", prependTable(entity, ordered), ctx.names().uniqueSuffix()),
              ordered));
    }
  }

  /** Whether a {@code @Column} neither inserts nor updates its column. */
  private static boolean readOnly(Optional<AnnotationValues> column) {
    return column.isPresent()
        && !column.get().bool("insertable").orElse(true)
        && !column.get().bool("updatable").orElse(true);
  }

  /** Whether a {@code @Column} or {@code @JoinColumn} lets the code write the column on insert. */
  private static boolean insertable(Optional<AnnotationValues> column) {
    return column.flatMap(c -> c.bool("insertable")).orElse(true);
  }

  /** Whether a {@code @MapsId} of the entity replaces this id field's column. */
  private static boolean mapsIdReplaces(List<Optional<String>> mapsIds, PersistentField id) {
    // an embedded id attribute's path is <id field>.<attribute>
    String attribute = id.path().substring(id.path().indexOf('.') + 1);
    return mapsIds.stream()
        .anyMatch(m -> m.isEmpty() || (id.embedding().id() && m.get().equals(attribute)));
  }

  /** Adds a basic field's column (bound at {@code basic}) or a relationship's join column. */
  private boolean addColumn(
      TableBuilder table,
      MappedColumn column,
      Optional<BindingOrder> basic,
      List<RenameHint> renames,
      List<RenameHint> evidence) {
    boolean added =
        basic.isPresent()
            ? table.addBasicColumn(
                column.column(), column.encoding(), column.location(), basic.get())
            : table.addJoinColumn(column.column(), column.encoding(), column.location());
    if (added) {
      if (column.unique()) {
        table.addUnique(
            new UniqueConstraint(
                ctx.names()
                    .generated(
                        "",
                        List.of(table.name(), column.column().name()),
                        ctx.names().uniqueSuffix()),
                List.of(column.column().name())));
      }
      column
          .renamedFrom()
          .ifPresent(
              from -> renames.add(RenameHint.column(table.name(), from, column.column().name())));
      column
          .fieldColumn()
          .ifPresent(f -> evidence.add(RenameHint.column(table.name(), f, column.column().name())));
    }
    return added;
  }

  private static List<Identifier> prependTable(EntityInfo entity, List<Identifier> columns) {
    List<Identifier> parts = new ArrayList<>();
    parts.add(entity.table());
    parts.addAll(columns);
    return parts;
  }

  private Identifier generated(EntityInfo entity, MappedColumn column, String suffix) {
    return ctx.names().generated("", List.of(entity.table(), column.column().name()), suffix);
  }

  private String missingIdMessage(TypeRef type) {
    boolean onGetter =
        type.declaration().getMethods().stream()
            .anyMatch((MethodDeclaration m) -> ctx.jpa(m, type, "Id").isPresent());
    return onGetter
        ? "@Id on a getter of a class with field access is ignored, as Hibernate ignores it"
            + " (the access follows the @Id placement and the mapping annotations of the"
            + " hierarchy, see docs/mappings.md); entity "
            + type.simpleName()
            + " maps no @Id"
        : "entity " + type.simpleName() + " maps no basic @Id; its table has no primary key";
  }

  private void warnClassAnnotations(TypeRef type) {
    ctx.jpa(type.declaration(), type, "Table")
        .ifPresent(
            t -> {
              for (String part : List.of("schema", "catalog")) {
                t.string(part)
                    .ifPresent(
                        value ->
                            ctx.diagnostics()
                                .warn(
                                    type.file(),
                                    t.annotation(),
                                    "@Table("
                                        + part
                                        + " = \""
                                        + value
                                        + "\") is ignored; autogen compares one schema"));
              }
            });
    for (AnnotationExpr annotation : type.declaration().getAnnotations()) {
      Optional<String> qualified =
          ctx.lookup().qualifiedName(annotation, type.file(), Optional.of(type));
      if (qualified.isEmpty() || !KnownAnnotations.isPersistence(qualified.get())) {
        continue;
      }
      String simple = KnownAnnotations.simpleName(qualified.get());
      if (!HANDLED.contains(simple) && !NO_SCHEMA_EFFECT.contains(simple)) {
        ctx.diagnostics()
            .warn(type.file(), annotation, "@" + simple + " is not supported yet; ignored");
      }
    }
  }
}
