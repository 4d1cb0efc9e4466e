package dev.autogen.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link HibernateDifferentialIT} on MariaDB, every set: Hibernate's {@code MariaDBDialect} exports
 * each set, the DDL is applied to a fresh database, and autogen's reading of the sources with the
 * MySQL dialect must differ from its introspection in nothing; each mutation must propose exactly
 * its one change.
 */
class MariaDbHibernateDifferentialIT extends HibernateDifferentialIT {

  @Override
  HibernateDatabase database() {
    return HibernateDatabase.mariaDb();
  }

  /**
   * The mutations as on PostgreSQL, except where MySQL's types make the answer differ: the length
   * of an {@code @Enumerated(STRING)} column means nothing to a native {@code enum(...)} column, so
   * changing it changes nothing; and a STRING enum is a native {@code enum(...)} without a check,
   * so turning it into an ordinal adds the ordinal's range check but drops none. Column names
   * differ only in case are one column to the server: a mapping that changes only the case of a
   * column's name changes nothing, except the order of a key Hibernate sorts itself, which it sorts
   * by name case-sensitively ({@code ColumnOrderingStrategyStandard}: {@code Vet_id} before {@code
   * specialty_id}), while PostgreSQL's folded {@code vet_id} sorts after it.
   */
  @Override
  List<FixtureMutation> mutations(Path set) throws IOException {
    return super.mutations(set).stream()
        .map(
            m -> {
              if (set.endsWith("enums") && m.find().contains("length = 20")) {
                return new FixtureMutation(m.file(), m.find(), m.replace(), List.of());
              }
              if (!m.replace().isEmpty() && m.find().equalsIgnoreCase(m.replace())) {
                return new FixtureMutation(m.file(), m.find(), m.replace(), List.of());
              }
              if (set.endsWith("petclinic")
                  && m.find().contains("@JoinColumn(name = \"vet_id\")")) {
                return new FixtureMutation(
                    m.file(),
                    m.find(),
                    m.replace(),
                    List.of(
                        FixtureMutation.Expected.parse("drop_primary_key vet_specialties"),
                        FixtureMutation.Expected.parse("add_primary_key vet_specialties")));
              }
              if (m.find().contains("Enumerated(EnumType.STRING)")) {
                return new FixtureMutation(
                    m.file(),
                    m.find(),
                    m.replace(),
                    m.expected().stream().filter(e -> !e.kind().equals("drop_check")).toList());
              }
              return m;
            })
        .toList();
  }
}
