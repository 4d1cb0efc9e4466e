package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Without {@code --entities}, lint reads the entity sources of the project that holds the
 * migrations (its build file says where), never the working directory's {@code src/main/java}
 * (autogen's own, when run from its checkout), and says on stderr which it read.
 */
class LintEntityRootsTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run lint(Path migrations, String... extra) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "lint",
                "--config",
                "/dev/null",
                "--skip-schema-check",
                "--migrations",
                migrations.toString()));
    args.addAll(java.util.List.of(extra));
    int exit = cl.execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void migrationsOutsideAnyProjectReadNoJavaSources() throws Exception {
    // autogen's own src/main/java (the working directory's) has queries naming a table t
    Path migrations = Files.createDirectories(dir.resolve("migration"));
    Files.writeString(migrations.resolve("V1__t.sql"), "CREATE TABLE t (id int);\n");
    Files.writeString(migrations.resolve("V2__drop.sql"), "DROP TABLE t;\n");

    Run r = lint(migrations);

    assertThat(r.out()).contains("[drop-table]").doesNotContain("contract-still-used");
    assertThat(r.err())
        .isEqualTo(
            "autogen: entity sources: none (from no pom.xml or build.gradle at or above "
                + migrations.toAbsolutePath()
                + ")\n");
  }

  @Test
  void theProjectsBuildFileSaysWhereItsEntitiesAre() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path sources = Files.createDirectories(dir.resolve("src/main/java/app"));
    Files.writeString(
        sources.resolve("Orders.java"),
        "package app;\nclass Orders {\n  String q = \"select id from legacy_orders\";\n}\n");
    Path migrations = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__t.sql"), "CREATE TABLE legacy_orders (id int);\n");
    Files.writeString(migrations.resolve("V2__drop.sql"), "DROP TABLE legacy_orders;\n");

    Run r = lint(migrations);

    assertThat(r.out()).contains("[contract-still-used]").contains("Orders.java");
    assertThat(r.err())
        .startsWith("autogen: entity sources: ")
        .contains(dir.resolve("src/main/java").toString())
        .endsWith("(from " + dir.resolve("pom.xml") + ")\n");
  }

  /** The JSON report carries the roots it read and where they came from, as stderr says. */
  @Test
  void theJsonReportNamesTheEntitySources() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.createDirectories(dir.resolve("src/main/java/app"));
    Path migrations = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
    Files.writeString(migrations.resolve("V1__t.sql"), "CREATE TABLE t (id int);\n");

    Run r = lint(migrations, "--format", "json");

    com.fasterxml.jackson.databind.JsonNode sources =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("entitySources");
    assertThat(sources.get("from").asText()).isEqualTo(dir.resolve("pom.xml").toString());
    assertThat(sources.get("roots")).hasSize(1);
    assertThat(sources.get("roots").get(0).asText()).endsWith("src/main/java");
  }

  /**
   * {@code --server-version} names the target's version when no database is asked: before
   * PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot share a file with other statements.
   */
  @Test
  void theServerVersionOptionDecidesVersionDependentRules() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migration"));
    Files.writeString(
        migrations.resolve("V1__mood.sql"),
        "SET lock_timeout = '5s';\nALTER TYPE mood ADD VALUE 'calm';\n");

    assertThat(lint(migrations, "--server-version", "11").out())
        .contains("[non-transactional-in-transaction]");
    assertThat(lint(migrations, "--server-version", "12").out())
        .doesNotContain("non-transactional-in-transaction");
    assertThat(lint(migrations).out()).doesNotContain("non-transactional-in-transaction");
    Run bad = lint(migrations, "--server-version", "newest");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--server-version 'newest' is not a version");
  }
}
