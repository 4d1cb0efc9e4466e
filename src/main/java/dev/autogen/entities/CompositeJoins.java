package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The owning side of a {@code @ManyToOne} or {@code @OneToOne} whose target has a composite key
 * ({@code @EmbeddedId} or {@code @IdClass}): one join column per key column, named by
 * {@code @JoinColumns} or by JPA's rule {@code <field>_<referenced column>}, and one foreign key
 * over them all. Hibernate lists the columns of that key in the order of the referenced primary
 * key, which it sorts with {@link HibernateColumnOrder}.
 */
final class CompositeJoins {

  /**
   * The join columns of one composite relation and what hangs off them.
   *
   * @param uniqueOrder the columns in the order of a one-to-one's unique constraint: that of the
   *     referenced key's attribute names (the differential set join_columns shows Hibernate does
   *     not apply its column ordering there)
   * @param key whether the columns are part of the primary key ({@code @Id} on the relation)
   */
  record Mapped(
      List<MappedColumn> columns,
      Optional<ForeignKey> foreignKey,
      boolean unique,
      List<Identifier> uniqueOrder,
      boolean readOnly,
      Optional<ReferencedUnique> referencedUnique,
      boolean key) {}

  /** A unique constraint the join makes on the target's table (see {@link #nonKeyJoin}). */
  record ReferencedUnique(Identifier table, UniqueConstraint unique) {}

  private record Pair(MappedColumn local, MappedColumn referenced) {}

  private final MappingContext ctx;
  private final RelationMapper relations;

  CompositeJoins(MappingContext ctx, RelationMapper relations) {
    this.ctx = ctx;
    this.relations = relations;
  }

  Optional<Mapped> map(FieldSlot.Relation relation, EntityInfo entity) {
    PersistentField field = relation.field();
    Optional<EntityInfo> target = relations.compositeTarget(relation);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    boolean key = ctx.jpa(field.declaration(), field.owner(), "Id").isPresent();
    if (key) {
      relations.refuseBasicKeyToCompositeKey(field, entity, target.get(), relation.annotation());
    }
    List<MappedColumn> keys = relations.keyColumns(target.get());
    List<AnnotationValues> joins =
        ctx.jpa(field.declaration(), field.owner(), "JoinColumns")
            .map(j -> j.annotations("value"))
            .orElse(List.of());
    if (joins.isEmpty()) {
      // repeated @JoinColumn (Java 8 repeatable annotations) stand for @JoinColumns
      List<AnnotationValues> repeated =
          ctx.jpaAll(field.declaration(), field.owner(), "JoinColumn");
      joins = repeated.size() > 1 ? repeated : List.of();
    }
    if (!joins.isEmpty() && referencesNonKeyColumns(joins, keys)) {
      return nonKeyJoin(relation, entity, target.get(), joins);
    }
    if (!joins.isEmpty() && joins.size() != keys.size()) {
      return relations.skipField(
          field,
          relation.annotation(),
          "@JoinColumns with "
              + joins.size()
              + " columns to "
              + target.get().entityName()
              + ", whose key has "
              + keys.size()
              + ",");
    }
    // a key's columns are NOT NULL, and its primary key makes them unique already
    boolean optional = !key && relation.annotation().bool("optional").orElse(true);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Optional<AnnotationValues> join =
          joins.isEmpty() ? Optional.empty() : Optional.of(joins.get(i));
      Optional<MappedColumn> referenced = referenced(join, keys, i);
      if (referenced.isEmpty()) {
        return relations.skipField(
            field,
            relation.annotation(),
            "a join to a column that " + target.get().entityName() + " does not have as key,");
      }
      pairs.add(joinedTo(referenced.get(), join, field, optional));
    }
    pairs.sort(Comparator.comparing(p -> p.referenced().column(), HibernateColumnOrder.COMPARATOR));
    List<MappedColumn> columns = pairs.stream().map(Pair::local).toList();
    List<Identifier> uniqueOrder =
        pairs.stream()
            .sorted(Comparator.comparing((Pair p) -> p.referenced().logicalName()))
            .map(p -> p.local().column().name())
            .toList();
    return Optional.of(
        new Mapped(
            columns,
            foreignKey(field, entity, joins, pairs, target.get()),
            relation.kind().equals("OneToOne") && !key,
            uniqueOrder,
            readOnly(joins),
            Optional.empty(),
            key));
  }

  /** Whether every join column names its referenced column and one of them is not a key column. */
  private boolean referencesNonKeyColumns(List<AnnotationValues> joins, List<MappedColumn> keys) {
    boolean allNamed = joins.stream().allMatch(j -> j.string("referencedColumnName").isPresent());
    return allNamed
        && joins.stream()
            .map(j -> ctx.names().physical(j.string("referencedColumnName").get()))
            .anyMatch(name -> keys.stream().noneMatch(k -> k.column().name().equals(name)));
  }

  /** Join columns the code neither inserts nor updates: a read-only view of mapped columns. */
  private static boolean readOnly(List<AnnotationValues> joins) {
    return !joins.isEmpty()
        && joins.stream()
            .allMatch(j -> !j.bool("insertable").orElse(true) && !j.bool("updatable").orElse(true));
  }

  /**
   * A join over several columns of the target that are not its key (hawkbit's filter query joined
   * to its auto assignment by name and query). Hibernate binds the referenced columns as a
   * synthetic property of the target, its attributes in name order: the foreign key lists them in
   * that order, and the target's table gets a unique constraint over them, as a foreign key needs
   * (differential set join_columns_non_key).
   */
  private Optional<Mapped> nonKeyJoin(
      FieldSlot.Relation relation,
      EntityInfo entity,
      EntityInfo target,
      List<AnnotationValues> joins) {
    PersistentField field = relation.field();
    record Referenced(String attribute, MappedColumn column) {}
    List<Referenced> basics = new ArrayList<>();
    for (FieldSlot.Basic basic : relations.basicSlots(target)) {
      basics.add(new Referenced(basic.field().path(), basic.column()));
    }
    boolean optional = relation.annotation().bool("optional").orElse(true);
    record Joined(String attribute, Pair pair) {}
    List<Joined> joined = new ArrayList<>();
    for (AnnotationValues join : joins) {
      Identifier wanted = ctx.names().physical(join.string("referencedColumnName").get());
      Optional<Referenced> referenced =
          basics.stream().filter(b -> b.column().column().name().equals(wanted)).findFirst();
      if (referenced.isEmpty()) {
        return relations.skipField(
            field,
            relation.annotation(),
            "a join to a column "
                + wanted.value()
                + " that "
                + target.entityName()
                + " does not map,");
      }
      joined.add(
          new Joined(
              referenced.get().attribute(),
              joinedTo(referenced.get().column(), Optional.of(join), field, optional)));
    }
    joined.sort(Comparator.comparing(Joined::attribute));
    List<Pair> pairs = joined.stream().map(Joined::pair).toList();
    List<Identifier> referencedColumns =
        pairs.stream().map(p -> p.referenced().column().name()).toList();
    List<Identifier> uniqueParts = new ArrayList<>();
    uniqueParts.add(target.table());
    uniqueParts.addAll(referencedColumns);
    return Optional.of(
        new Mapped(
            pairs.stream().map(Pair::local).toList(),
            foreignKey(field, entity, joins, pairs, target),
            relation.kind().equals("OneToOne"),
            pairs.stream().map(p -> p.local().column().name()).toList(),
            readOnly(joins),
            Optional.of(
                new ReferencedUnique(
                    target.table(),
                    new UniqueConstraint(
                        ctx.names().generated("", uniqueParts, ctx.names().uniqueSuffix()),
                        referencedColumns))),
            false));
  }

  /**
   * The join column on this side for the {@code referenced} column: named by its
   * {@code @JoinColumn} or by JPA's rule {@code <field>_<referenced column>}, of the referenced
   * type, nullable when both the relation and the join column are optional.
   */
  private Pair joinedTo(
      MappedColumn referenced,
      Optional<AnnotationValues> join,
      PersistentField field,
      boolean optional) {
    String logical =
        join.flatMap(j -> j.string("name")).orElse(field.name() + "_" + referenced.logicalName());
    boolean nullable = optional && join.flatMap(j -> j.bool("nullable")).orElse(true);
    Column column =
        new Column(
            ctx.names().physical(logical),
            referenced.column().type(),
            nullable,
            Optional.empty(),
            Optional.empty());
    return new Pair(
        MappedColumn.joinColumn(
            logical, column, Optional.empty(), field.file().at(field.variable())),
        referenced);
  }

  private Optional<MappedColumn> referenced(
      Optional<AnnotationValues> join, List<MappedColumn> keys, int position) {
    Optional<String> name = join.flatMap(j -> j.string("referencedColumnName"));
    if (name.isEmpty()) {
      return Optional.of(keys.get(position));
    }
    Identifier wanted = ctx.names().physical(name.get());
    return keys.stream().filter(k -> k.column().name().equals(wanted)).findFirst();
  }

  private Optional<ForeignKey> foreignKey(
      PersistentField field,
      EntityInfo entity,
      List<AnnotationValues> joins,
      List<Pair> pairs,
      EntityInfo target) {
    Optional<AnnotationValues> fk =
        ctx.jpa(field.declaration(), field.owner(), "JoinColumns")
            .flatMap(j -> j.nested("foreignKey"))
            .or(() -> joins.stream().findFirst().flatMap(j -> j.nested("foreignKey")));
    boolean none =
        fk.flatMap(
                f -> f.enumConstant("value", "ConstraintMode", java.util.Set.of("NO_CONSTRAINT")))
            .isPresent();
    if (none) {
      return Optional.empty();
    }
    List<Identifier> local = pairs.stream().map(p -> p.local().column().name()).toList();
    List<Identifier> parts = new ArrayList<>();
    parts.add(entity.table());
    parts.addAll(local);
    Identifier name =
        fk.flatMap(f -> f.string("name"))
            .map(ctx.names()::explicit)
            .orElse(ctx.names().generated("", parts, ctx.names().foreignKeySuffix()));
    ReferentialAction onDelete = relations.onDelete(field);
    return Optional.of(
        new ForeignKey(
            name,
            local,
            target.table(),
            pairs.stream().map(p -> p.referenced().column().name()).toList(),
            onDelete,
            ReferentialAction.NO_ACTION));
  }
}
