package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @Column(columnDefinition)} with an integer display width or {@code zerofill}: Hibernate
 * writes the definition verbatim, so its column is {@code tinyint(1)}, which Connector/J reads as a
 * boolean. autogen compares types without widths, but the column it creates must be the one
 * Hibernate would create: written {@code tinyint}, MariaDB makes it {@code tinyint(4)}, read as a
 * number. Each case applies the upgrade and the downgrade with rows present and compares {@code
 * SHOW CREATE TABLE} with the tables Hibernate's own DDL for the entities makes.
 */
class MariaDbColumnDefinitionIT {

  @TempDir Path sources;
  @TempDir Path work;

  /** A column added to a table and a table created, each with declared widths. */
  @Test
  void columnsTheEntitiesDeclareWithAWidthAreCreatedWithIt() throws Exception {
    write(
        "Visit",
        "@Entity @Table(name = \"visits\") public class Visit {\n"
            + "  @Id Long id;\n"
            + "  @Column(columnDefinition = \"tinyint(1)\") Boolean vaccinated;\n"
            + "  @Column(columnDefinition = \"int(5) unsigned zerofill\") Integer code;\n"
            + "}\n");
    write(
        "Vet",
        "@Entity @Table(name = \"vets\") public class Vet {\n"
            + "  @Id Long id;\n"
            + "  @Column(columnDefinition = \"tinyint(1) not null default 1\") boolean active;\n"
            + "}\n");
    EntityModel entities =
        new EntityReader(MariaDbRoundTripIT.DIALECT, NamingStrategy.JPA).read(List.of(sources));
    MariaDbRoundTrips.RoundTrip trip =
        MariaDbRoundTrips.run(
            List.of(
                "CREATE TABLE visits (id bigint not null, primary key (id))",
                "INSERT INTO visits VALUES (1), (2)"),
            // what Hibernate 7's MariaDBDialect exports for the entities
            HibernateSchema.ddl(
                sources, NamingStrategy.JPA, true, false, work, HibernateTarget.MARIADB),
            entities,
            "visits",
            2);
    assertThat(definitions(trip.upgraded()))
        .as("the upgrade makes the tables Hibernate makes")
        .isEqualTo(definitions(trip.desired()));
    assertThat(trip.upgraded())
        .anySatisfy(t -> assertThat(t).contains("`vaccinated` tinyint(1) DEFAULT NULL"))
        .anySatisfy(t -> assertThat(t).contains("`active` tinyint(1) NOT NULL DEFAULT 1"));
    assertThat(trip.downgraded())
        .as("the downgrade gives back the tables as they were")
        .isEqualTo(trip.before());
  }

  /**
   * Each table's {@code SHOW CREATE TABLE} as its sorted lines without their trailing commas:
   * Hibernate orders a table's columns its own way, which autogen does not model.
   */
  private static List<List<String>> definitions(List<String> tables) {
    return tables.stream()
        .map(t -> t.lines().map(l -> l.replaceAll(",$", "")).sorted().toList())
        .toList();
  }

  private void write(String name, String body) throws Exception {
    Path file = sources.resolve("com/example/" + name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.example;\nimport jakarta.persistence.*;\n" + body);
  }
}
