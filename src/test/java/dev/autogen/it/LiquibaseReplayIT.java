package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen diff} replaying a Liquibase master changelog that includes other files, as large
 * applications keep theirs (one file per release): a changeset that stops the replay is named by
 * its own file, id and author, not only by the master; and Liquibase prints nothing of its own
 * where autogen's report goes.
 */
class LiquibaseReplayIT {
  private static final String PG_DEV_URL =
      LocalPostgres.URL
          + (LocalPostgres.URL.contains("?") ? "&" : "?")
          + "user="
          + LocalPostgres.USER;

  @TempDir Path project;

  @Test
  void aCustomChangeInAnIncludedFileIsNamedByThatFileAndItsChangeset() throws IOException {
    master();
    write(
        "db/changelog/002-release.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: secrets
              author: team
              changes:
                - customChange:
                    class: com.acme.AddSecrets
        """);

    CliRun run = diff("text");

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains(
            "002-release.yaml::secrets::team: customChange com.acme.AddSecrets runs Java code;"
                + " autogen runs none");
  }

  @Test
  void aStatementThatFailsInAnIncludedFileIsNamedByThatFileAndItsChangeset() throws IOException {
    master();
    write(
        "db/changelog/002-release.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: broken
              author: team
              changes:
                - sql:
                    sql: ALTER TABLE customer ADD COLUMN note nosuchtype
        """);

    CliRun run = diff("text");

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err()).contains("002-release.yaml::broken::team: ").contains("nosuchtype");
  }

  @Test
  void theJsonReportIsAllThatReachesStandardOutput() throws IOException {
    master();
    write("db/changelog/002-release.yaml", "databaseChangeLog: []\n");
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    CliRun run;
    try {
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      run = diff("json");
    } finally {
      System.setOut(original);
    }

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(console.toString(StandardCharsets.UTF_8)).as("Liquibase's update summary").isEmpty();
    assertThat(new ObjectMapper().readTree(run.out()).get("changes")).isNotNull();
  }

  @Test
  void theContextsOptionLeavesOutTheChangesetsOfOtherContexts() throws IOException {
    master();
    write(
        "db/changelog/002-release.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: test-data
              author: team
              context: test
              changes:
                - sql:
                    sql: ALTER TABLE customer ADD COLUMN note nosuchtype
        """);

    CliRun all = diff("text");
    CliRun prod = diff("text", "--liquibase-contexts", "prod");

    assertThat(all.code()).as("every context runs by default").isEqualTo(2);
    assertThat(all.err()).contains("002-release.yaml::test-data::team: ");
    assertThat(prod.code()).as(prod.out() + prod.err()).isZero();
  }

  private void master() throws IOException {
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - include:
              file: 001-customers.yaml
              relativeToChangelogFile: true
          - include:
              file: 002-release.yaml
              relativeToChangelogFile: true
        """);
    write(
        "db/changelog/001-customers.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: customers
              author: team
              changes:
                - sql:
                    sql: CREATE TABLE customer (id bigint PRIMARY KEY)
        """);
    write(
        "src/com/acme/Customer.java",
        """
        package com.acme;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        class Customer {
          @Id Long id;
        }
        """);
  }

  private CliRun diff(String format, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "diff",
                "--format",
                format,
                "--naming",
                "jpa",
                "--dev-url",
                PG_DEV_URL,
                "--entities",
                project.resolve("src").toString(),
                "--changelog",
                project.resolve("db/changelog/master.yaml").toString()));
    args.addAll(List.of(more));
    return CliRun.of(args);
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
