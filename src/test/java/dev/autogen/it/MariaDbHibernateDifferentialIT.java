package dev.autogen.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@link HibernateDifferentialIT} on MariaDB: Hibernate's {@code MariaDBDialect} exports each set,
 * the DDL is applied to a fresh database, and autogen's reading of the sources with the MySQL
 * dialect must differ from its introspection in nothing; each mutation must propose exactly its one
 * change.
 */
class MariaDbHibernateDifferentialIT extends HibernateDifferentialIT {

  /**
   * A representative subset: every basic type family, keys, checks, defaults, relations. With
   * {@code -Dmariadb.allsets=true} every set runs; then one mutation of {@code petclinic} fails,
   * because the differ compares column names case-sensitively where MySQL does not (docs/mysql.md).
   */
  private static final Set<String> SETS =
      Set.of(
          "basic_java_time",
          "basic_jdk_types",
          "basic_primitives",
          "bean_validation",
          "checks",
          "column_facets",
          "converters",
          "defaults",
          "element_collections",
          "embedded",
          "ecommerce",
          "id_class",
          "inheritance_single_table",
          "many_to_many",
          "spring_naming",
          "enums",
          "hibernate_extras",
          "ids",
          "inheritance_joined",
          "legacy_dates",
          "lob_and_version",
          "relations",
          "table_constraints");

  @Override
  HibernateDatabase database() {
    return HibernateDatabase.mariaDb();
  }

  /**
   * The mutations as on PostgreSQL, except where MySQL's types make the answer differ: the length
   * of an {@code @Enumerated(STRING)} column means nothing to a native {@code enum(...)} column, so
   * changing it changes nothing.
   */
  @Override
  List<FixtureMutation> mutations(Path set) throws IOException {
    return super.mutations(set).stream()
        .map(
            m ->
                set.endsWith("enums") && m.find().contains("length = 20")
                    ? new FixtureMutation(m.file(), m.find(), m.replace(), List.of())
                    : m)
        .toList();
  }

  @Override
  boolean runs(String set) {
    return Boolean.getBoolean("mariadb.allsets") || SETS.contains(set);
  }
}
