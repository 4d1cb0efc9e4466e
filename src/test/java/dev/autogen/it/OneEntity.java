package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.model.Schema;
import dev.autogen.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One entity {@code com.example.T} on table {@code t}, written as a source under a folder and read
 * as autogen reads it; and the check that what was applied reads back as no change.
 */
final class OneEntity {

  private OneEntity() {}

  /**
   * The desired schema of a source {@code T} with the class annotations {@code annotations} and the
   * body {@code body} (fields after {@code @Id Long id;}), written under {@code sources}.
   */
  static Schema read(Dialect dialect, Path sources, String annotations, String body)
      throws Exception {
    Path file = sources.resolve("com/example/T.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "package com.example;\n"
            + "import jakarta.persistence.*;\n"
            + "@Entity @Table(name = \"t\")\n"
            + annotations
            + "\npublic class T {\n"
            + "  @Id Long id;\n"
            + body
            + "}\n");
    return new EntityReader(dialect, NamingStrategy.JPA).read(List.of(sources)).desired();
  }

  /** What a second run would plan after {@code desired} was applied and read back: nothing. */
  static void assertNoDifference(Schema desired, Schema read, String what) {
    assertThat(
            new Differ()
                .diff(read, desired, List.of()).changes().stream().map(Verifier::describe).toList())
        .as("planned again after applying: " + what)
        .isEmpty();
  }
}
