package dev.autogen.entities;

/** One persistent field of an entity, either mapped to a column already or a relationship. */
sealed interface FieldSlot {

  /** A basic field, mapped. */
  record Basic(MappedColumn column) implements FieldSlot {}

  /**
   * A {@code @ManyToOne} or {@code @OneToOne} field, mapped once every entity's basic columns are
   * known.
   *
   * @param kind {@code ManyToOne} or {@code OneToOne}
   */
  record Relation(PersistentField field, String kind, AnnotationValues annotation)
      implements FieldSlot {}
}
