package dev.autogen.entities;

import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collection fields as Hibernate 7 maps them. {@code @ElementCollection}: a table {@code
 * <Entity>_<field>} keyed by {@code <Entity>_<id>}. Owning {@code @ManyToMany} and
 * {@code @OneToMany} without join column: a join table {@code <OwnerTable>_<TargetTable>}.
 * {@code @OneToMany @JoinColumn}: a column of the target's table. Sets are unique (a primary key
 * where every column is not null), {@code @OrderColumn} lists are keyed by owner and position,
 * other lists are bags without key. The inverse ({@code mappedBy}) side maps nothing.
 */
final class CollectionMapper {

  /** A column that a collection adds to another entity's table. */
  record ForeignColumn(Identifier table, MappedColumn column, Optional<ForeignKey> foreignKey) {}

  /**
   * What one collection field adds to the schema.
   *
   * @param encodings how the application encodes the values of the tables' columns
   */
  record Mapped(
      List<Table> tables, List<ForeignColumn> foreignColumns, List<ColumnEncoding> encodings) {
    static Mapped none() {
      return new Mapped(List.of(), List.of(), List.of());
    }
  }

  private final MappingContext ctx;
  private final EntityCatalog catalog;
  private final MapKeys mapKeys;
  private final CollectionJoinColumns joinColumns;

  CollectionMapper(MappingContext ctx, EntityCatalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.joinColumns = new CollectionJoinColumns(ctx);
    this.mapKeys = new MapKeys(ctx, catalog);
  }

  Mapped map(FieldSlot.Collection slot, EntityInfo entity) {
    PersistentField field = slot.field();
    if (slot.annotation().string("mappedBy").isPresent()) {
      return Mapped.none();
    }
    joinColumns.check(field);
    ctx.jpa(field.declaration(), field.owner(), "JoinColumns")
        .ifPresent(a -> warn(field, a, "@JoinColumns is not supported yet; ignored"));
    Optional<JavaType> element = element(field, slot.annotation());
    if (element.isEmpty()) {
      return skip(
          field,
          slot.annotation(),
          "@" + slot.kind() + " on a " + field.variable().getTypeAsString() + " (arrays)");
    }
    if (slot.kind().equals("ElementCollection") && compositeOwner(entity, field)) {
      return compositeElementCollection(field, entity, element.get());
    }
    Optional<MappedColumn> ownerKey =
        catalog.singleId(entity, "a collection keyed by", field, slot.annotation());
    if (ownerKey.isEmpty()) {
      return Mapped.none();
    }
    if (slot.kind().equals("ElementCollection")) {
      return elementCollection(field, entity, ownerKey.get(), element.get());
    }
    Optional<EntityInfo> target = catalog.entity(element.get().name(), field);
    if (target.isEmpty()) {
      return skip(
          field,
          slot.annotation(),
          "@" + slot.kind() + " to " + element.get().name() + ", not an entity among the sources,");
    }
    Optional<MappedColumn> targetKey =
        catalog.singleId(target.get(), "a collection keyed by", field, slot.annotation());
    if (targetKey.isEmpty()) {
      return Mapped.none();
    }
    Optional<AnnotationValues> join = ctx.jpa(field.declaration(), field.owner(), "JoinColumn");
    if (slot.kind().equals("OneToMany") && join.isPresent()) {
      return new Mapped(
          List.of(),
          List.of(childColumn(field, entity, ownerKey.get(), target.get(), join.get())),
          List.of());
    }
    return new Mapped(
        List.of(
            joinTable(field, slot.kind(), entity, ownerKey.get(), target.get(), targetKey.get())),
        List.of(),
        List.of());
  }

  /**
   * The collection's element type: its {@code targetEntity} ({@code targetClass} of an element
   * collection) when given (a field typed by an interface, {@code Set<TargetTag>} holding {@code
   * JpaTargetTag}s), else the type argument of the field's type.
   */
  private Optional<JavaType> element(PersistentField field, AnnotationValues annotation) {
    Optional<String> target =
        annotation.className("targetEntity").or(() -> annotation.className("targetClass"));
    if (target.isPresent()) {
      Optional<TypeRef> declared =
          ctx.index().resolve(target.get().replaceAll("<.*>", ""), field.file(), field.context());
      if (declared.isPresent()) {
        return Optional.of(new JavaType(declared.get().qualifiedName(), declared));
      }
    }
    return JavaType.element(field, ctx.index());
  }

  /** Whether the entity has a composite key and the collection table names no join columns. */
  private boolean compositeOwner(EntityInfo entity, PersistentField field) {
    return catalog.fields(entity).idColumns().size() > 1
        && ctx.jpa(field.declaration(), field.owner(), "CollectionTable")
            .flatMap(t -> t.nested("joinColumns"))
            .isEmpty();
  }

  /**
   * An element collection of an entity with a composite key: one NOT NULL column {@code
   * <Entity>_<key column>} per key column, in the order of the owner's primary key, and one FK over
   * them (differential set composite_collections).
   */
  private Mapped compositeElementCollection(
      PersistentField field, EntityInfo entity, JavaType element) {
    TableBuilder builder = collectionTable(field, entity);
    List<MappedColumn> keys = new ArrayList<>(catalog.fields(entity).idColumns());
    keys.sort(
        java.util.Comparator.comparing(MappedColumn::column, HibernateColumnOrder.COMPARATOR));
    List<Identifier> local = new ArrayList<>();
    for (MappedColumn key : keys) {
      Identifier name = ctx.names().physical(entity.entityName() + "_" + key.logicalName());
      builder.addColumn(
          new Column(name, key.column().type(), false, Optional.empty(), Optional.empty()),
          field.file().at(field.variable()));
      local.add(name);
    }
    builder.addForeignKey(
        new ForeignKey(
            ctx.names()
                .generated("", prepend(builder.name(), local), ctx.names().foreignKeySuffix()),
            local,
            entity.table(),
            keys.stream().map(k -> k.column().name()).toList(),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION));
    return elementColumns(builder, field, entity, element, local);
  }

  private TableBuilder collectionTable(PersistentField field, EntityInfo entity) {
    String name =
        ctx.jpa(field.declaration(), field.owner(), "CollectionTable")
            .flatMap(t -> t.string("name"))
            .orElse(entity.entityName() + "_" + field.name());
    return new TableBuilder(ctx.names().physical(name), ctx.diagnostics());
  }

  private Mapped elementCollection(
      PersistentField field, EntityInfo entity, MappedColumn ownerKey, JavaType element) {
    Optional<AnnotationValues> table =
        ctx.jpa(field.declaration(), field.owner(), "CollectionTable");
    TableBuilder builder = collectionTable(field, entity);
    Optional<AnnotationValues> join = table.flatMap(t -> t.nested("joinColumns"));
    Identifier ownerColumn =
        addKeyColumn(
            builder,
            field,
            join,
            entity.entityName() + "_" + ownerKey.logicalName(),
            ownerKey,
            entity);
    return elementColumns(builder, field, entity, element, List.of(ownerColumn));
  }

  /** The element's columns and the key of a collection table whose owner columns are added. */
  private Mapped elementColumns(
      TableBuilder builder,
      PersistentField field,
      EntityInfo entity,
      JavaType element,
      List<Identifier> ownerColumns) {
    List<Identifier> keyed = new ArrayList<>(ownerColumns);
    List<MappedColumn> elementColumns = new ArrayList<>();
    Optional<TypeRef> embeddable =
        element.declared().filter(t -> ctx.jpa(t.declaration(), t, "Embeddable").isPresent());
    if (embeddable.isPresent()) {
      for (PersistentField inner : catalog.embeddables().expandType(field, embeddable.get())) {
        catalog.columns().map(inner, entity).ifPresent(elementColumns::add);
      }
    } else {
      catalog.columns().map(field, entity, element).ifPresent(elementColumns::add);
    }
    for (MappedColumn column : elementColumns) {
      builder.addColumn(column.column(), column.encoding(), column.location());
      keyed.add(column.column().name());
      column
          .check()
          .ifPresent(
              c ->
                  builder.addCheck(
                      new Check(generated(builder.name(), column.column().name(), "check"), c)));
    }
    if (JavaType.isMap(field)) {
      // keyed by owner and map key, in Hibernate's column order
      mapKeys
          .add(builder, field, Optional.empty(), Optional.empty())
          .ifPresent(
              k -> {
                ownerColumns.forEach(builder::addPrimaryKeyColumn);
                builder.addPrimaryKeyColumn(k);
              });
    } else {
      key(builder, field, ownerColumns, keyed);
    }
    return new Mapped(List.of(builder.build()), List.of(), builder.encodings());
  }

  private Table joinTable(
      PersistentField field,
      String kind,
      EntityInfo entity,
      MappedColumn ownerKey,
      EntityInfo target,
      MappedColumn targetKey) {
    Optional<AnnotationValues> table = ctx.jpa(field.declaration(), field.owner(), "JoinTable");
    String name =
        table
            .flatMap(t -> t.string("name"))
            .orElse(
                ctx.names()
                    .joinTable(
                        entity.table(),
                        entity.logicalTable(),
                        target.logicalTable(),
                        field.name()));
    TableBuilder builder = new TableBuilder(ctx.names().physical(name), ctx.diagnostics());
    String ownerPrefix =
        kind.equals("ManyToMany")
            ? inverseAttribute(target, entity, field).orElse(entity.entityName())
            : entity.entityName();
    Identifier ownerColumn =
        addKeyColumn(
            builder,
            field,
            table.flatMap(t -> t.nested("joinColumns")),
            ownerPrefix + "_" + ownerKey.logicalName(),
            ownerKey,
            entity);
    Identifier targetColumn =
        addKeyColumn(
            builder,
            field,
            table.flatMap(t -> t.nested("inverseJoinColumns")),
            field.name() + "_" + targetKey.logicalName(),
            targetKey,
            target);
    if (JavaType.isMap(field)) {
      Optional<Identifier> key =
          mapKeys.add(builder, field, Optional.of(target), Optional.of(targetColumn));
      if (kind.equals("OneToMany")) {
        builder.addUnique(
            new UniqueConstraint(
                generated(builder.name(), targetColumn, ctx.names().uniqueSuffix()),
                List.of(targetColumn)));
      }
      key.ifPresent(
          k -> {
            builder.keepPrimaryKeyOrder();
            builder.addPrimaryKeyColumn(ownerColumn);
            builder.addPrimaryKeyColumn(k);
          });
    } else if (kind.equals("OneToMany")) {
      // each target row belongs to one owner: Hibernate keys a set by the target column alone
      if (JavaType.isSet(field)) {
        builder.addPrimaryKeyColumn(targetColumn);
      } else {
        builder.addUnique(
            new UniqueConstraint(
                generated(builder.name(), targetColumn, ctx.names().uniqueSuffix()),
                List.of(targetColumn)));
      }
      orderColumn(builder, field, List.of(ownerColumn), false);
    } else {
      key(builder, field, List.of(ownerColumn), List.of(ownerColumn, targetColumn));
    }
    return builder.build();
  }

  /** A set keys every column; an ordered list keys owner and position; a bag has no key. */
  private void key(
      TableBuilder builder, PersistentField field, List<Identifier> owner, List<Identifier> all) {
    if (orderColumn(builder, field, owner, true)) {
      return;
    }
    if (!JavaType.isSet(field)) {
      return;
    }
    Table sofar = builder.build();
    boolean allNotNull =
        all.stream().allMatch(c -> sofar.column(c).map(col -> !col.nullable()).orElse(false));
    if (allNotNull) {
      all.forEach(builder::addPrimaryKeyColumn);
    } else {
      builder.addUnique(
          new UniqueConstraint(
              ctx.names().generated("", prepend(builder.name(), all), ctx.names().uniqueSuffix()),
              all));
    }
  }

  private boolean orderColumn(
      TableBuilder builder, PersistentField field, List<Identifier> owner, boolean primaryKey) {
    Optional<AnnotationValues> order = ctx.jpa(field.declaration(), field.owner(), "OrderColumn");
    if (order.isEmpty()) {
      return false;
    }
    Identifier name =
        ctx.names().physical(order.get().string("name").orElse(field.name() + "_ORDER"));
    builder.addColumn(
        new Column(
            name,
            ctx.dialect()
                .types()
                .forKind(
                    dev.autogen.dialect.JdbcKind.INTEGER, dev.autogen.dialect.ColumnSize.none()),
            false,
            Optional.empty(),
            Optional.empty()),
        field.file().at(field.variable()));
    builder.addCheck(
        new Check(
            generated(builder.name(), name, "check"),
            ctx.dialect().expressions().normalizeCheck(ctx.dialect().quote(name) + ">=0")));
    if (primaryKey) {
      owner.forEach(builder::addPrimaryKeyColumn);
      builder.addPrimaryKeyColumn(name);
    }
    return true;
  }

  private ForeignColumn childColumn(
      PersistentField field,
      EntityInfo entity,
      MappedColumn ownerKey,
      EntityInfo target,
      AnnotationValues join) {
    ctx.jpa(field.declaration(), field.owner(), "OrderColumn")
        .ifPresent(
            o -> warn(field, o, "@OrderColumn on a @OneToMany @JoinColumn is not supported yet"));
    // a @MapKey names an attribute of the target, which maps it already
    for (String key : List.of("MapKeyColumn", "MapKeyJoinColumn")) {
      ctx.jpa(field.declaration(), field.owner(), key)
          .ifPresent(
              k -> warn(field, k, "@" + key + " on a @OneToMany @JoinColumn is not supported yet"));
    }
    String logical = join.string("name").orElse(field.name() + "_" + ownerKey.logicalName());
    Identifier name = ctx.names().physical(logical);
    Column column =
        new Column(
            name,
            ownerKey.column().type(),
            join.bool("nullable").orElse(true),
            Optional.empty(),
            Optional.empty());
    MappedColumn mapped =
        MappedColumn.joinColumn(
            logical, column, Optional.empty(), field.file().at(field.variable()));
    ForeignKey fk = foreignKey(target.table(), name, entity.table(), ownerKey.column().name());
    return new ForeignColumn(target.table(), mapped, Optional.of(fk));
  }

  /** Adds a not-null join column referencing {@code key} of {@code referenced}, with its FK. */
  private Identifier addKeyColumn(
      TableBuilder builder,
      PersistentField field,
      Optional<AnnotationValues> join,
      String defaultName,
      MappedColumn key,
      EntityInfo referenced) {
    Identifier name =
        ctx.names()
            .physical(
                join.flatMap(j -> j.string("name"))
                    .orElseGet(
                        () ->
                            ctx.names()
                                .implicitJoinColumn(
                                    defaultName, referenced.logicalTable(), key.logicalName())));
    builder.addColumn(
        new Column(name, key.column().type(), false, Optional.empty(), Optional.empty()),
        field.file().at(field.variable()));
    builder.addForeignKey(
        foreignKey(builder.name(), name, referenced.table(), key.column().name()));
    return name;
  }

  /** A foreign key without actions from one column to one column, named after its own. */
  private ForeignKey foreignKey(
      Identifier table, Identifier column, Identifier referencedTable, Identifier referenced) {
    return new ForeignKey(
        generated(table, column, ctx.names().foreignKeySuffix()),
        List.of(column),
        referencedTable,
        List.of(referenced),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  /** The field of {@code target} that maps this many-to-many back with {@code mappedBy}. */
  private Optional<String> inverseAttribute(
      EntityInfo target, EntityInfo owner, PersistentField field) {
    for (FieldSlot slot : catalog.fields(target).slots()) {
      if (slot instanceof FieldSlot.Collection c
          && c.kind().equals("ManyToMany")
          && c.annotation().string("mappedBy").filter(field.name()::equals).isPresent()
          && element(c.field(), c.annotation())
              .flatMap(e -> catalog.entity(e.name(), c.field()))
              .filter(e -> e.type().qualifiedName().equals(owner.type().qualifiedName()))
              .isPresent()) {
        return Optional.of(c.field().name());
      }
    }
    return Optional.empty();
  }

  private Identifier generated(Identifier table, Identifier column, String suffix) {
    return ctx.names().generated("", List.of(table, column), suffix);
  }

  private static List<Identifier> prepend(Identifier table, List<Identifier> columns) {
    List<Identifier> parts = new ArrayList<>();
    parts.add(table);
    parts.addAll(columns);
    return parts;
  }

  private void warn(PersistentField field, AnnotationValues at, String message) {
    ctx.diagnostics().warn(field, at, message + " (field '" + field.name() + "')");
  }

  private Mapped skip(PersistentField field, AnnotationValues at, String what) {
    ctx.diagnostics().skipped(field, at, what + " is not supported yet");
    return Mapped.none();
  }
}
