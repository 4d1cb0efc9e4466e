package dev.autogen.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The annotation names of the persistence packages autogen understands, so that a star import of
 * such a package resolves only the names the package really declares.
 */
final class KnownAnnotations {

  static final List<String> JPA_PACKAGES = List.of("jakarta.persistence", "javax.persistence");
  static final String HIBERNATE_PACKAGE = "org.hibernate.annotations";
  static final List<String> VALIDATION_PACKAGES =
      List.of("jakarta.validation.constraints", "javax.validation.constraints");

  /** The Bean Validation constraints Hibernate turns into DDL. */
  private static final Set<String> VALIDATION =
      Set.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max", "Digits");

  /**
   * JPA's entity lifecycle callback annotations: they mark a method to call, not an attribute to
   * map.
   */
  static final Set<String> JPA_LIFECYCLE_CALLBACKS =
      Set.of(
          "PostLoad",
          "PostPersist",
          "PostRemove",
          "PostUpdate",
          "PrePersist",
          "PreRemove",
          "PreUpdate");

  private static final Set<String> JPA =
      union(
          JPA_LIFECYCLE_CALLBACKS,
          Set.of(
              "Access",
              "AssociationOverride",
              "AssociationOverrides",
              "AttributeOverride",
              "AttributeOverrides",
              "Basic",
              "Cacheable",
              "CheckConstraint",
              "CollectionTable",
              "Column",
              "ColumnResult",
              "ConstructorResult",
              "Convert",
              "Converter",
              "Converts",
              "DiscriminatorColumn",
              "DiscriminatorValue",
              "ElementCollection",
              "Embeddable",
              "Embedded",
              "EmbeddedId",
              "Entity",
              "EntityListeners",
              "EntityResult",
              "Enumerated",
              "EnumeratedValue",
              "ExcludeDefaultListeners",
              "ExcludeSuperclassListeners",
              "FieldResult",
              "ForeignKey",
              "GeneratedValue",
              "Id",
              "IdClass",
              "Index",
              "Inheritance",
              "JoinColumn",
              "JoinColumns",
              "JoinTable",
              "Lob",
              "ManyToMany",
              "ManyToOne",
              "MapKey",
              "MapKeyClass",
              "MapKeyColumn",
              "MapKeyEnumerated",
              "MapKeyJoinColumn",
              "MapKeyJoinColumns",
              "MapKeyTemporal",
              "MappedSuperclass",
              "MapsId",
              "NamedAttributeNode",
              "NamedEntityGraph",
              "NamedEntityGraphs",
              "NamedNativeQueries",
              "NamedNativeQuery",
              "NamedQueries",
              "NamedQuery",
              "NamedStoredProcedureQueries",
              "NamedStoredProcedureQuery",
              "NamedSubgraph",
              "OneToMany",
              "OneToOne",
              "OrderBy",
              "OrderColumn",
              "PrimaryKeyJoinColumn",
              "PrimaryKeyJoinColumns",
              "QueryHint",
              "SecondaryTable",
              "SecondaryTables",
              "SequenceGenerator",
              "SequenceGenerators",
              "SqlResultSetMapping",
              "SqlResultSetMappings",
              "Table",
              "TableGenerator",
              "TableGenerators",
              "Temporal",
              "Transient",
              "UniqueConstraint",
              "Version"));

  private static final Set<String> HIBERNATE =
      Set.of(
          "Any",
          "Array",
          "BatchSize",
          "Cache",
          "Cascade",
          "Check",
          "Checks",
          "CollectionId",
          "CollectionType",
          "ColumnDefault",
          "ColumnTransformer",
          "Comment",
          "CreationTimestamp",
          "CurrentTimestamp",
          "DiscriminatorFormula",
          "DynamicInsert",
          "DynamicUpdate",
          "Fetch",
          "Filter",
          "FilterDef",
          "FilterDefs",
          "Filters",
          "Formula",
          "Generated",
          "GenericGenerator",
          "IdGeneratorType",
          "Immutable",
          "JavaType",
          "JdbcType",
          "JdbcTypeCode",
          "LazyGroup",
          "ManyToAny",
          "Mutability",
          "NaturalId",
          "Nationalized",
          "NotFound",
          "OnDelete",
          "OptimisticLock",
          "OptimisticLocking",
          "PartitionKey",
          "Proxy",
          "RowId",
          "SQLDelete",
          "SQLInsert",
          "SQLRestriction",
          "SQLUpdate",
          "SelectBeforeUpdate",
          "SoftDelete",
          "Struct",
          "Subselect",
          "Synchronize",
          "TenantId",
          "TimeZoneStorage",
          "Type",
          "UpdateTimestamp",
          "UuidGenerator",
          "View",
          "Where");

  private KnownAnnotations() {}

  static Set<String> union(Set<String> some, Set<String> others) {
    Set<String> all = new HashSet<>(some);
    all.addAll(others);
    return Set.copyOf(all);
  }

  /** Whether {@code pkg.simpleName} is an annotation autogen knows to exist. */
  static boolean declares(String pkg, String simpleName) {
    if (JPA_PACKAGES.contains(pkg)) {
      return JPA.contains(simpleName);
    }
    if (VALIDATION_PACKAGES.contains(pkg)) {
      return VALIDATION.contains(simpleName);
    }
    return pkg.equals(HIBERNATE_PACKAGE) && HIBERNATE.contains(simpleName);
  }

  /** Whether a qualified annotation name belongs to JPA or Hibernate. */
  static boolean isPersistence(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot > 0 && isPersistencePackage(qualified.substring(0, dot));
  }

  static boolean isPersistencePackage(String pkg) {
    return JPA_PACKAGES.contains(pkg) || pkg.equals(HIBERNATE_PACKAGE);
  }

  static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
