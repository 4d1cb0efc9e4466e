package dev.autogen.entities;

/** One persistent field of an entity, either mapped to a column already or a relationship. */
sealed interface FieldSlot {

  /**
   * A basic field, mapped.
   *
   * @param field the field mapped
   * @param naturalId whether Hibernate's {@code @NaturalId} makes it part of a unique key
   */
  record Basic(PersistentField field, MappedColumn column, boolean naturalId)
      implements FieldSlot {}

  /**
   * A {@code @ManyToOne} or {@code @OneToOne} field, mapped once every entity's basic columns are
   * known.
   *
   * @param kind {@code ManyToOne} or {@code OneToOne}
   */
  record Relation(PersistentField field, String kind, AnnotationValues annotation)
      implements FieldSlot {}

  /**
   * A {@code @OneToMany}, {@code @ManyToMany} or {@code @ElementCollection} field, mapped to a
   * table of its own or to a column of the target's table once every entity is known.
   *
   * @param kind {@code OneToMany}, {@code ManyToMany} or {@code ElementCollection}
   */
  record Collection(PersistentField field, String kind, AnnotationValues annotation)
      implements FieldSlot {}
}
