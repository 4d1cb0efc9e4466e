package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen verify} on a Liquibase project, on PostgreSQL and MariaDB dev databases: the real
 * Liquibase updates the changelog up to its newest file, applies that file's changesets, rolls them
 * back one by one and applies them again; a rollback that leaves a column behind fails naming the
 * changeset and the column.
 */
class LiquibaseVerifyIT {
  private static final String PG_DEV_URL =
      LocalPostgres.URL
          + (LocalPostgres.URL.contains("?") ? "&" : "?")
          + "user="
          + LocalPostgres.USER;

  /** MySQL and MariaDB name the table an index is dropped from. */
  private static final String MARIADB_DROP_INDEX = " ON customer";

  @TempDir Path project;

  @Test
  void theNewestChangesetsApplyRollBackAndApplyAgainOnPostgres() throws IOException {
    customersWithNickname("--rollback ALTER TABLE customer DROP COLUMN nickname;", "");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "ok 2-nickname changeset ",
            "ok 2-nickname-index changeset ",
            "ok 2-nickname-index changeset undo ",
            "ok 2-nickname changeset undo ",
            "ok 2-nickname changeset re-apply ",
            "ok 2-nickname-index changeset re-apply ",
            "verified 2 changeset(s)")
        .as("the older file is history, replayed and not verified")
        .doesNotContain("ok 1-customers");
  }

  @Test
  void theNewestChangesetsApplyRollBackAndApplyAgainOnMariaDb() throws IOException {
    customersWithNickname(
        "--rollback ALTER TABLE customer DROP COLUMN nickname;", MARIADB_DROP_INDEX);

    CliRun run = verify(LocalMariaDb.URL);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "ok 2-nickname changeset ", "ok 2-nickname changeset undo ", "verified 2 changeset(s)");
  }

  @Test
  void aRollbackThatLeavesAColumnBehindFailsNamingItAndTheColumn() throws IOException {
    customersWithNickname("--rollback SELECT 1;", "");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAILED 2-nickname: after the rollback of 2-nickname the schema does not equal")
        .contains("customer.nickname");
  }

  @Test
  void aChangesetWithoutRollbackFailsAtItsUndo() throws IOException {
    customersWithNickname("", MARIADB_DROP_INDEX);

    CliRun run = verify(LocalMariaDb.URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED 2-nickname: undo failed: ");
  }

  @Test
  void aChangelogWithoutChangesetsIsAUsageErrorNamingIt() throws IOException {
    write("autogen.properties", "");
    write("db/changelog/master.yaml", "databaseChangeLog: []\n");
    write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("master.yaml: the change log has no changesets to verify")
        .doesNotContain("Exception");
  }

  @Test
  void aCustomChangeStopsTheReplayNamingItsClassUnloaded() throws IOException {
    write("autogen.properties", "");
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: java
              author: team
              changes:
                - customChange:
                    class: com.acme.NotOnAnyClassPath
        """);
    write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isNotZero();
    assertThat(run.out() + run.err())
        .contains("customChange com.acme.NotOnAnyClassPath runs Java code; autogen runs none")
        .doesNotContain("ClassNotFoundException");
  }

  /**
   * The changelog under verification may be a pull request's: a {@code ${...}} naming a system
   * property (or an environment variable, e.g. a CI token) is not expanded, so the secret never
   * reaches the SQL or the error message that quotes it.
   */
  @Test
  void aParameterFromTheEnvironmentOrSystemPropertiesIsNotExpanded() throws IOException {
    write("autogen.properties", "");
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: leak
              author: team
              changes:
                - sql:
                    sql: SELECT '${autogen.verify.secret}'::int
              rollback: SELECT 1
        """);
    write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");
    System.setProperty("autogen.verify.secret", "s3cr3t-token");
    try {
      CliRun run = verify(PG_DEV_URL);

      assertThat(run.code()).as(run.out() + run.err()).isNotZero();
      assertThat(run.out() + run.err())
          .contains("${autogen.verify.secret}")
          .doesNotContain("s3cr3t-token");
    } finally {
      System.clearProperty("autogen.verify.secret");
    }
  }

  /**
   * The changelog under verification may be a pull request's: an {@code executeCommand} change
   * would run a program on the machine verify runs on, outside any database. Nothing runs: verify
   * stops before it opens the dev database, naming the file and the changeset's line.
   */
  @Test
  void aChangesetThatRunsAProgramIsRefusedBeforeAnythingRuns() throws IOException {
    Path marker = project.resolve("ran-a-program");
    write("autogen.properties", "");
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: table
              author: team
              changes:
                - sql:
                    sql: CREATE TABLE note (id bigint PRIMARY KEY)
              rollback: DROP TABLE note
          - changeSet:
              id: shell
              author: team
              changes:
                - executeCommand:
                    executable: touch
                    args:
                      - arg:
                          value: %s
              rollback: SELECT 1
        """
            .formatted(marker));
    write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("master.yaml:9: changeset shell by team")
        .contains("runs a program")
        .doesNotContain("Exception");
    assertThat(marker).as("the program never ran").doesNotExist();
    assertThat(run.out()).as("no dev database was opened").doesNotContain("verifying");
  }

  /**
   * SQL that reaches outside the throwaway database is refused before anything runs, as lint and a
   * Flyway verify refuse it: in a changeset's SQL and in a formatted SQL file's rollback lines,
   * which verify runs too.
   */
  @Test
  void sqlThatLeavesTheSandboxIsRefusedInChangesetsAndRollbacks() throws IOException {
    write("autogen.properties", "");
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - include:
              file: 001-notes.sql
              relativeToChangelogFile: true
          - changeSet:
              id: outside
              author: team
              changes:
                - sql:
                    sql: COPY (SELECT 1) TO PROGRAM 'true'
              rollback: COPY (SELECT 2) TO PROGRAM 'true'
        """);
    write(
        "db/changelog/001-notes.sql",
        """
        --liquibase formatted sql

        --changeset team:1-notes
        CREATE TABLE note (id bigint PRIMARY KEY);
        --rollback ALTER SYSTEM SET work_mem = '1GB';
        """);
    write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");

    CliRun run = verify(PG_DEV_URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("001-notes.sql:5:")
        .contains("reaches outside the throwaway database")
        .as("the changeset's SQL and its own rollback block count too")
        .contains("(and 2 more)");
    assertThat(run.out()).as("no dev database was opened").doesNotContain("verifying");
  }

  /**
   * A change that reads a file ({@code loadData}, {@code sqlFile}) reads none outside the project
   * folder: a pull request's change log could otherwise load a file of the CI machine into a table
   * and have an error message quote it into the build log.
   */
  @Test
  void aChangeReadsNoFileOutsideTheProjectFolder() throws IOException {
    Path secret = Files.createTempFile("autogen-verify-secret", ".csv");
    Files.writeString(secret, "id\nTOP-SECRET-42\n");
    try {
      write("autogen.properties", "");
      write(
          "db/changelog/master.yaml",
          """
          databaseChangeLog:
            - changeSet:
                id: notes
                author: team
                changes:
                  - createTable:
                      tableName: note
                      columns:
                        - column:
                            name: id
                            type: bigint
                  - loadData:
                      tableName: note
                      file: %s
                      relativeToChangelogFile: true
                      columns:
                        - column:
                            name: id
                            type: NUMERIC
          """
              .formatted(project.resolve("db/changelog").relativize(secret.toAbsolutePath())));
      write("src/com/acme/Empty.java", "package com.acme;\n\nclass Empty {}\n");

      CliRun run = verify(PG_DEV_URL);

      assertThat(run.code()).as(run.out() + run.err()).isNotZero();
      assertThat(run.out() + run.err())
          .contains("leaves the project folder")
          .doesNotContain("TOP-SECRET-42");
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  /** A history file, then the newest file: a column and an index, with {@code rollback}. */
  private void customersWithNickname(String nicknameRollback, String dropIndexSuffix)
      throws IOException {
    write("autogen.properties", "");
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - include:
              file: 001-customers.sql
              relativeToChangelogFile: true
          - include:
              file: 002-nickname.sql
              relativeToChangelogFile: true
        """);
    write(
        "db/changelog/001-customers.sql",
        """
        --liquibase formatted sql

        --changeset team:1-customers
        CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY, email varchar(255));
        --rollback DROP TABLE customer;
        """);
    write(
        "db/changelog/002-nickname.sql",
        """
        --liquibase formatted sql

        --changeset team:2-nickname
        ALTER TABLE customer ADD COLUMN nickname varchar(40);
        %s

        --changeset team:2-nickname-index
        CREATE INDEX customer_nickname_idx ON customer (nickname);
        --rollback DROP INDEX customer_nickname_idx%s;
        """
            .formatted(nicknameRollback, dropIndexSuffix));
    write(
        "src/com/acme/Customer.java",
        """
        package com.acme;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "customer", indexes = @Index(name = "customer_nickname_idx",
            columnList = "nickname"))
        public class Customer {
          @Id private Long id;
          private String email;
          @Column(length = 40) private String nickname;
        }
        """);
  }

  private CliRun verify(String devUrl) {
    return CliRun.of(
        List.of(
            "verify",
            "--config",
            project.resolve("autogen.properties").toString(),
            "--dev-url",
            devUrl,
            "--entities",
            project.resolve("src").toString(),
            "--changelog",
            project.resolve("db/changelog/master.yaml").toString()));
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
