package dev.autogen.entities;

import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What entity inheritance adds to tables, as Hibernate 7 maps it: the discriminator column of a
 * {@code SINGLE_TABLE} tree (or of a {@code JOINED} one with {@code @DiscriminatorColumn}), the
 * relaxed nullability of single-table subclass columns, and the key of a {@code JOINED} subclass
 * table (a foreign key to its parent's table, named by {@code @PrimaryKeyJoinColumn}).
 */
final class InheritanceMapper {

  private final MappingContext ctx;
  private final EntityCatalog catalog;

  InheritanceMapper(MappingContext ctx, EntityCatalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
  }

  /** Adds the discriminator column and its check to the root's table, when the tree has one. */
  void discriminator(EntityInfo root, EntityHierarchy.Strategy strategy, TableBuilder table) {
    discriminatorOf(root, strategy)
        .ifPresent(
            d -> {
              table.addDiscriminator(d.column(), root.type().file().at(root.type().declaration()));
              table.addCheck(
                  new Check(
                      ctx.names().generated("", List.of(table.name(), d.column().name()), "check"),
                      d.check(ctx)));
            });
  }

  private Optional<Discriminator> discriminatorOf(
      EntityInfo root, EntityHierarchy.Strategy strategy) {
    EntityHierarchy hierarchy = catalog.hierarchy();
    if (strategy == EntityHierarchy.Strategy.TABLE_PER_CLASS) {
      return Optional.empty();
    }
    List<EntityInfo> tree = new ArrayList<>();
    tree.add(root);
    for (TypeRef descendant : hierarchy.descendants(root.type())) {
      catalog.entity(descendant).ifPresent(tree::add);
    }
    boolean implicit =
        strategy == EntityHierarchy.Strategy.SINGLE_TABLE && hierarchy.inTree(root.type());
    return Discriminator.of(ctx, root, tree, implicit);
  }

  /**
   * The key of a {@code JOINED} subclass table: the root's id columns, renamed by
   * {@code @PrimaryKeyJoinColumn(s)}, each referencing the parent table's key.
   */
  void joinedKey(EntityInfo entity, TableBuilder table) {
    List<Column> parentKey =
        key(catalog.hierarchy().parent(entity.type()).flatMap(catalog::entity).orElseThrow());
    List<Column> own = key(entity);
    EntityInfo parent =
        catalog.hierarchy().parent(entity.type()).flatMap(catalog::entity).orElseThrow();
    for (Column column : own) {
      table.addColumn(column, entity.type().file().at(entity.type().declaration()));
      table.addPrimaryKeyColumn(column.name());
    }
    table.addForeignKey(
        new ForeignKey(
            ctx.names()
                .generated(
                    "", List.of(table.name(), own.get(0).name()), ctx.names().foreignKeySuffix()),
            own.stream().map(Column::name).toList(),
            parent.table(),
            parentKey.stream().map(Column::name).toList(),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION));
  }

  /** The primary key columns of an entity's own table in a {@code JOINED} tree. */
  private List<Column> key(EntityInfo entity) {
    Optional<EntityInfo> parent =
        catalog.hierarchy().parent(entity.type()).flatMap(catalog::entity);
    if (parent.isEmpty()) {
      return catalog.fields(entity).idColumns().stream()
          .map(c -> c.column().withIdentity(Optional.empty()).withDefault(Optional.empty()))
          .toList();
    }
    List<Column> inherited = key(parent.get());
    List<AnnotationValues> joins =
        ctx.jpaRepeatable(entity.type().declaration(), entity.type(), "PrimaryKeyJoinColumn");
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < inherited.size(); i++) {
      Column column = inherited.get(i);
      Optional<String> name = i < joins.size() ? joins.get(i).string("name") : Optional.empty();
      columns.add(name.map(n -> column.withName(ctx.names().physical(n))).orElse(column));
    }
    return columns;
  }

  /** Relaxes the columns of one single-table subclass and gathers the check that replaces them. */
  SubclassColumns subclassColumns(EntityInfo root, EntityInfo subclass) {
    return new SubclassColumns(
        discriminatorOf(root, EntityHierarchy.Strategy.SINGLE_TABLE), root, subclass);
  }

  /**
   * The fields of a single-table subclass: Hibernate makes the columns that JPA alone declares not
   * null (primitives, {@code optional = false}) nullable and checks them per discriminator value;
   * an explicit {@code nullable = false} is kept, a Bean Validation {@code @NotNull} dropped.
   */
  final class SubclassColumns {
    private final Optional<Discriminator> discriminator;
    private final EntityInfo root;
    private final EntityInfo subclass;
    private final List<String[]> checked = new ArrayList<>();

    private SubclassColumns(
        Optional<Discriminator> discriminator, EntityInfo root, EntityInfo subclass) {
      this.discriminator = discriminator;
      this.root = root;
      this.subclass = subclass;
    }

    MappedColumn basic(FieldSlot.Basic basic) {
      MappedColumn column = basic.column();
      PersistentField field = basic.field();
      if (column.column().nullable() || column.id() || explicitNotNull(field)) {
        return column;
      }
      if (jpaNotNull(field)) {
        checked.add(new String[] {field.path(), ctx.dialect().quote(column.column().name())});
      }
      return column.withColumn(column.column().withNullable(true));
    }

    RelationMapper.JoinColumn join(FieldSlot.Relation relation, RelationMapper.JoinColumn join) {
      MappedColumn column = join.column();
      boolean explicit =
          ctx.jpa(relation.field().declaration(), relation.field().owner(), "JoinColumn")
              .flatMap(j -> j.bool("nullable"))
              .map(n -> !n)
              .orElse(false);
      if (column.column().nullable() || explicit) {
        return join;
      }
      if (!join.mapsId() && !optionalFalse(relation.field())) {
        // not null by Bean Validation alone, which Hibernate does not apply in a single-table
        // subclass: nullable, and no check either
        return new RelationMapper.JoinColumn(
            column.withColumn(column.column().withNullable(true)),
            join.foreignKey(),
            join.unique(),
            join.mapsId());
      }
      checked.add(
          new String[] {relation.field().path(), ctx.dialect().quote(column.column().name())});
      return new RelationMapper.JoinColumn(
          column.withColumn(column.column().withNullable(true)),
          join.foreignKey(),
          join.unique(),
          join.mapsId());
    }

    Optional<Check> check() {
      if (checked.isEmpty() || discriminator.isEmpty()) {
        return Optional.empty();
      }
      checked.sort(Comparator.comparing((String[] c) -> c[0]));
      String value = Discriminator.value(ctx, subclass, discriminator.get().type());
      String notNull =
          String.join(" and ", checked.stream().map(c -> c[1] + " is not null").toList());
      String expression =
          ctx.dialect().quote(discriminator.get().column().name())
              + "<>"
              + value
              + " or ("
              + notNull
              + ")";
      return Optional.of(
          new Check(
              ctx.names()
                  .generated(
                      "",
                      List.of(
                          root.table(),
                          Identifier.of(subclass.entityName().toLowerCase(java.util.Locale.ROOT))),
                      "check"),
              ctx.dialect().expressions().normalizeCheck(expression)));
    }

    private boolean explicitNotNull(PersistentField field) {
      return field.column(ctx).flatMap(c -> c.bool("nullable")).map(n -> !n).orElse(false)
          || field
              .column(ctx)
              .flatMap(AnnotationValues::columnDefinition)
              .map(d -> ColumnDefinition.parse(d).notNull())
              .orElse(false);
    }

    private boolean optionalFalse(PersistentField field) {
      return Stream.of("ManyToOne", "OneToOne")
          .flatMap(k -> ctx.jpa(field.declaration(), field.owner(), k).stream())
          .flatMap(a -> a.bool("optional").stream())
          .anyMatch(o -> !o);
    }

    private boolean jpaNotNull(PersistentField field) {
      return TypeMapping.isPrimitive(JavaType.of(field, ctx.index()).name())
          || ctx.jpa(field.declaration(), field.owner(), "Basic")
              .flatMap(b -> b.bool("optional"))
              .map(o -> !o)
              .orElse(false)
          || ctx.jpa(field.declaration(), field.owner(), "Version").isPresent();
    }
  }
}
