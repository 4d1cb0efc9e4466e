package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The owning side of {@code @ManyToOne} and {@code @OneToOne}: a join column named {@code
 * <field>_<referenced column>} (JPA's rule) typed like the referenced column, and a foreign key to
 * it; a one-to-one join column is also unique, as Hibernate makes it.
 */
final class RelationMapper {

  private static final Set<String> CONSTRAINT_MODES =
      Set.of("CONSTRAINT", "NO_CONSTRAINT", "PROVIDER_DEFAULT");
  private static final Set<String> ON_DELETE =
      Set.of("NO_ACTION", "CASCADE", "SET_NULL", "SET_DEFAULT", "RESTRICT");

  /**
   * A mapped join column and what hangs off it.
   *
   * @param mapsId the column is the entity's primary key ({@code @MapsId} of the whole id)
   */
  /**
   * One join column and what hangs off it.
   *
   * @param mapsId whether the join column is (part of) the primary key: {@code @MapsId}, or
   *     {@code @Id} on the relationship itself (a derived identity, JPA 2.4.1)
   */
  record JoinColumn(
      MappedColumn column, Optional<ForeignKey> foreignKey, boolean unique, boolean mapsId) {}

  private final MappingContext ctx;
  private final EntityCatalog catalog;
  private final IdClasses idClasses;

  RelationMapper(MappingContext ctx, EntityCatalog catalog) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.idClasses = new IdClasses(ctx);
  }

  Optional<JoinColumn> map(FieldSlot.Relation relation, EntityInfo entity) {
    PersistentField field = relation.field();
    AnnotationValues annotation = relation.annotation();
    if (annotation.string("mappedBy").isPresent()) {
      return Optional.empty(); // the owning side maps the relationship; this side has no column
    }
    for (String unsupported : List.of("JoinColumns", "JoinTable", "PrimaryKeyJoinColumn")) {
      Optional<AnnotationValues> a = ctx.jpa(field.declaration(), field.owner(), unsupported);
      if (a.isPresent()) {
        return skip(field, a.get(), "@" + unsupported + " on @" + relation.kind());
      }
    }
    Optional<AnnotationValues> association = field.embedding().association(field.path());
    if (association.isPresent()
        && (association.get().annotations("joinColumns").size() > 1
            || association.get().nested("joinTable").isPresent())) {
      return skip(
          field,
          association.get(),
          "@AssociationOverride with several join columns or a join table");
    }
    Optional<AnnotationValues> mapsId = mapsId(field);
    boolean inKey =
        mapsId.isPresent() || ctx.jpa(field.declaration(), field.owner(), "Id").isPresent();
    String targetName = targetName(field, annotation);
    Optional<EntityInfo> target = target(field, annotation);
    if (target.isEmpty()) {
      return skip(
          field,
          annotation,
          "@"
              + relation.kind()
              + " to "
              + targetName
              + ", which is not an entity among the sources,");
    }
    if (inKey && mapsId.isEmpty()) {
      refuseBasicKeyToCompositeKey(field, entity, target.get(), annotation);
    }
    Optional<AnnotationValues> join = field.joinColumn(ctx);
    Optional<MappedColumn> referenced = referenced(target.get(), join, field, annotation);
    if (referenced.isEmpty()) {
      return Optional.empty();
    }
    String logical =
        join.flatMap(j -> j.string("name"))
            .orElseGet(
                () ->
                    ctx.names()
                        .implicitJoinColumn(
                            field.name() + "_" + referenced.get().logicalName(),
                            target.get().logicalTable(),
                            referenced.get().logicalName()));
    Identifier name = ctx.names().physical(logical);
    // Hibernate Validator's @NotNull makes a to-one's join column not null as it does a basic's
    boolean nullable =
        !inKey
            && annotation.bool("optional").orElse(true)
            && join.flatMap(j -> j.bool("nullable")).orElse(true)
            && !new BeanValidation(ctx).notNull(field);
    boolean idAssociation = inKey && mapsId.isEmpty();
    Column column =
        new Column(
            name,
            idAssociation
                ? idClassKeyType(field, entity, referenced.get().column().type())
                : referenced.get().column().type(),
            nullable,
            Optional.empty(),
            Optional.empty());
    Optional<Identifier> renamedFrom =
        ctx.lookup()
            .anyNamed(field.declaration(), "RenamedFrom")
            .flatMap(r -> ctx.values(r, field.owner()).string("value"))
            .map(ctx.names()::explicit);
    MappedColumn mapped =
        MappedColumn.joinColumn(logical, column, renamedFrom, field.file().at(field.variable()));
    // A shared primary key is unique already; Hibernate adds no unique constraint for it.
    boolean unique =
        !inKey
            && (relation.kind().equals("OneToOne")
                || join.flatMap(j -> j.bool("unique")).orElse(false));
    return Optional.of(
        new JoinColumn(
            mapped,
            // Hibernate 7.4 names the FK of an overridden association after the override's own
            // foreignKey and ignores the one of its @JoinColumn (differential set
            // association_overrides)
            foreignKey(
                field,
                entity,
                association.isPresent() ? association : join,
                name,
                target.get(),
                referenced.get()),
            unique,
            inKey));
  }

  /**
   * The type of an {@code @Id} association's join column: the referenced column's, unless the
   * entity's {@code @IdClass} declares the attribute as another basic type, which Hibernate 7.4
   * takes instead (see {@link IdClasses}); a {@code String} for a {@code varchar(20)} key keeps the
   * key's length (differential set id_class_associations).
   */
  private SqlType idClassKeyType(PersistentField field, EntityInfo entity, SqlType referenced) {
    return idClasses
        .basicKeyType(field, entity)
        .filter(declared -> !declared.name().equals(referenced.name()))
        .orElse(referenced);
  }

  /**
   * An {@code @Id} association to an entity with an {@code @IdClass} of its own, which the id class
   * declares as a basic type: Hibernate 7.4 refuses to build it (IdClassEmbeddable cannot finish
   * initialising), so the reader refuses it too rather than guess its columns. Called for every
   * {@code @Id} association, composite ones ({@link CompositeJoins}) included.
   */
  void refuseBasicKeyToCompositeKey(
      PersistentField field, EntityInfo entity, EntityInfo target, AnnotationValues at) {
    Optional<TypeRef> targetIdClass = idClasses.of(target.type());
    if (targetIdClass.isEmpty() || idClasses.basicKeyType(field, entity).isEmpty()) {
      return;
    }
    TypeRef idClass = idClasses.of(entity.type()).orElseThrow();
    throw ctx.diagnostics()
        .error(
            field.file(),
            at.annotation(),
            entity.entityName()
                + "."
                + field.name()
                + " is an @Id association to "
                + target.entityName()
                + ", whose key is @IdClass "
                + targetIdClass.get().simpleName()
                + ", but "
                + idClass.simpleName()
                + "."
                + field.name()
                + " is "
                + IdClasses.attributes(idClass).get(field.name())
                + ": Hibernate refuses this mapping (declare it as "
                + targetIdClass.get().simpleName()
                + ")");
  }

  private static String targetName(PersistentField field, AnnotationValues annotation) {
    return annotation.className("targetEntity").orElse(field.variable().getTypeAsString());
  }

  private Optional<EntityInfo> target(PersistentField field, AnnotationValues annotation) {
    if (annotation.className("targetEntity").isEmpty()) {
      // the field's type, a generic superclass's type variable bound by the subclass included
      return JavaType.of(field, ctx.index()).declared().flatMap(catalog::entity);
    }
    return ctx.index()
        .resolve(
            targetName(field, annotation).replaceAll("<.*>", ""), field.file(), field.context())
        .flatMap(catalog::entity);
  }

  /**
   * Whether the owning side of {@code relation} joins over several columns: it declares
   * {@code @JoinColumns}, or its target has a composite key. Such a relation is mapped by {@link
   * CompositeJoins}, not by {@link #map}.
   */
  boolean composite(FieldSlot.Relation relation) {
    PersistentField field = relation.field();
    if (relation.annotation().string("mappedBy").isPresent()
        || mapsId(field).isPresent()
        || ctx.jpa(field.declaration(), field.owner(), "JoinTable").isPresent()) {
      return false;
    }
    return ctx.jpa(field.declaration(), field.owner(), "JoinColumns").isPresent()
        || ctx.jpaAll(field.declaration(), field.owner(), "JoinColumn").size() > 1
        || target(field, relation.annotation())
            .map(t -> catalog.fields(t).idColumns().size() + idAssociations(t).size() > 1)
            .orElse(false);
  }

  /**
   * The columns of {@code target}'s key that a join to it references: its basic {@code @Id} columns
   * and the join columns of its own {@code @Id} associations (a key derived from another entity's,
   * as OrderLine's from its order: LineNote's join to it is {@code line_lineNo} and {@code
   * line_order_id}, differential set id_class_associations).
   */
  List<MappedColumn> keyColumns(EntityInfo target) {
    List<MappedColumn> keys = new ArrayList<>(catalog.fields(target).idColumns());
    for (FieldSlot.Relation association : idAssociations(target)) {
      // a key derived from a composite key again is not read (docs/mappings.md)
      if (!composite(association)) {
        map(association, target).ifPresent(join -> keys.add(join.column()));
      }
    }
    return keys;
  }

  /** The basic fields of {@code target}, whose columns a join to other than its key references. */
  List<FieldSlot.Basic> basicSlots(EntityInfo target) {
    List<FieldSlot.Basic> basics = new ArrayList<>();
    for (FieldSlot slot : catalog.fields(target).slots()) {
      if (slot instanceof FieldSlot.Basic basic) {
        basics.add(basic);
      }
    }
    return basics;
  }

  private List<FieldSlot.Relation> idAssociations(EntityInfo entity) {
    List<FieldSlot.Relation> associations = new ArrayList<>();
    for (FieldSlot slot : catalog.fields(entity).slots()) {
      if (slot instanceof FieldSlot.Relation relation
          && ctx.jpa(relation.field().declaration(), relation.field().owner(), "Id").isPresent()) {
        associations.add(relation);
      }
    }
    return associations;
  }

  /** The target entity of a composite relation, or empty after a warning. */
  Optional<EntityInfo> compositeTarget(FieldSlot.Relation relation) {
    Optional<EntityInfo> target = target(relation.field(), relation.annotation());
    if (target.isEmpty()) {
      skip(
          relation.field(),
          relation.annotation(),
          "@"
              + relation.kind()
              + " to "
              + targetName(relation.field(), relation.annotation())
              + ", which is not an entity among the sources,");
    }
    return target;
  }

  /** The referential action of the field's {@code @OnDelete}. */
  ReferentialAction onDelete(PersistentField field) {
    return ctx.hibernate(field.declaration(), field.owner(), "OnDelete")
        .flatMap(d -> d.enumConstant("action", "OnDeleteAction", ON_DELETE))
        .map(ReferentialAction::valueOf)
        .orElse(ReferentialAction.NO_ACTION);
  }

  /** Warns that {@code field} is skipped because of {@code what}. */
  <T> Optional<T> skipField(PersistentField field, AnnotationValues at, String what) {
    return skip(field, at, what);
  }

  /** The field's {@code @MapsId}, if any. */
  Optional<AnnotationValues> mapsId(PersistentField field) {
    return ctx.jpa(field.declaration(), field.owner(), "MapsId");
  }

  private Optional<MappedColumn> referenced(
      EntityInfo target,
      Optional<AnnotationValues> join,
      PersistentField field,
      AnnotationValues annotation) {
    EntityFields targetFields = catalog.fields(target);
    Optional<String> referencedName = join.flatMap(j -> j.string("referencedColumnName"));
    if (referencedName.isPresent()) {
      Identifier wanted = ctx.names().physical(referencedName.get());
      Optional<MappedColumn> found =
          targetFields.basicColumns().stream()
              .filter(c -> c.column().name().equals(wanted))
              .findFirst();
      if (found.isEmpty()) {
        skip(
            field,
            annotation,
            "a join to column " + wanted + ", which " + target.entityName() + " does not map,");
      }
      return found;
    }
    return catalog.singleId(target, "a join to", field, annotation);
  }

  private Optional<ForeignKey> foreignKey(
      PersistentField field,
      EntityInfo entity,
      Optional<AnnotationValues> fkOwner,
      Identifier column,
      EntityInfo target,
      MappedColumn referenced) {
    Optional<AnnotationValues> fk = fkOwner.flatMap(j -> j.nested("foreignKey"));
    String mode =
        fk.flatMap(f -> f.enumConstant("value", "ConstraintMode", CONSTRAINT_MODES))
            .orElse("CONSTRAINT");
    if (mode.equals("NO_CONSTRAINT")) {
      return Optional.empty();
    }
    Identifier name =
        fk.flatMap(f -> f.string("name"))
            .map(ctx.names()::explicit)
            .orElse(
                ctx.names()
                    .generated(
                        "", List.of(entity.table(), column), ctx.names().foreignKeySuffix()));
    ReferentialAction onDelete =
        ctx.hibernate(field.declaration(), field.owner(), "OnDelete")
            .flatMap(d -> d.enumConstant("action", "OnDeleteAction", ON_DELETE))
            .map(ReferentialAction::valueOf)
            .orElse(ReferentialAction.NO_ACTION);
    return Optional.of(
        new ForeignKey(
            name,
            List.of(column),
            target.table(),
            List.of(referenced.column().name()),
            onDelete,
            ReferentialAction.NO_ACTION));
  }

  private <T> Optional<T> skip(PersistentField field, AnnotationValues at, String what) {
    ctx.diagnostics().skipped(field, at, what + " is not supported yet");
    return Optional.empty();
  }
}
