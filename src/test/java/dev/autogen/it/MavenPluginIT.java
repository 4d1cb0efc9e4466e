package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven plugin ({@code maven-plugin/}), built from this checkout and installed with this
 * build's CLI, on a Spring Boot project that has no autogen configuration: {@code mvn
 * autogen:generate -Dautogen.message=add_x} writes the migration the real Flyway then applies, and
 * {@code mvn autogen:diff} finds nothing left; {@code autogen:verify} replays the team's migration,
 * placeholder and all, on a dev database; {@code autogen:lint} fails the build on a finding.
 */
class MavenPluginIT {

  private static ScratchMaven maven;

  @TempDir Path dir;

  @BeforeAll
  static void installAutogen() throws Exception {
    maven = ScratchMaven.withAutogenInstalled();
  }

  @Test
  void generateDiffAndVerifyNeedNoAutogenConfiguration() throws Exception {
    try (SpringBootScratchProject project =
        SpringBootScratchProject.create(dir, ScratchMaven.property("autogen.it.version"))) {
      ScratchMaven.Build generate =
          maven.run(
              dir,
              "autogen:generate",
              "-Dautogen.message=add_x",
              "-Dautogen.revision=" + SpringBootScratchProject.REVISION);
      assertThat(generate.code()).as(generate.toString()).isZero();
      project.assertAddXWritten();

      project.assertAddXApplies();
      ScratchMaven.Build diff = maven.run(dir, "autogen:diff", "-Dautogen.exitCode=true");
      assertThat(diff.code()).as(diff.toString()).isZero();
      assertThat(diff.log()).contains("No changes");

      ScratchMaven.Build verify = maven.run(dir, "autogen:verify");
      assertThat(verify.code()).as(verify.toString()).isZero();
      assertThat(verify.log()).contains("ok V" + SpringBootScratchProject.REVISION + "_1__add_x");
    }
  }

  @Test
  void aMissingMessageFailsTheBuildWithTheHint() throws Exception {
    try (SpringBootScratchProject project =
        SpringBootScratchProject.create(dir, ScratchMaven.property("autogen.it.version"))) {
      ScratchMaven.Build generate = maven.run(dir, "autogen:generate");
      assertThat(generate.code()).as(generate.toString()).isNotZero();
      assertThat(generate.log()).contains("-Dautogen.message=");
      try (var files = java.nio.file.Files.list(project.migrations())) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("nothing written")
            .containsExactly("V1__customers.sql");
      }
    }
  }

  @Test
  void lintFailsTheBuildOnTheNewestMigrationsFinding() throws Exception {
    try (SpringBootScratchProject project =
        SpringBootScratchProject.create(dir, ScratchMaven.property("autogen.it.version"))) {
      java.nio.file.Files.writeString(
          project.migrations().resolve("V2__name_index.sql"),
          "CREATE INDEX customer_first_name_idx ON customer (first_name);\n");
      ScratchMaven.Build lint =
          maven.run(dir, "autogen:lint", "-Dautogen.args=--skip-schema-check");
      assertThat(lint.code()).as(lint.toString()).isNotZero();
      assertThat(lint.log()).contains("V2__name_index.sql").contains("index-not-concurrent");
    }
  }
}
