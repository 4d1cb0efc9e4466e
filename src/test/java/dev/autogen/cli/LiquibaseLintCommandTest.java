package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen lint} on a Liquibase project (a {@code --changelog}): the formatted SQL files the
 * master includes are read in its order, and findings name the file and the line in it, on
 * PostgreSQL and on MariaDB (whose lexer does not take {@code --changeset} for a comment).
 */
class LiquibaseLintCommandTest {

  @TempDir Path project;

  private LiquibaseLintRun lint(String dialect, String... files) {
    return LiquibaseLintRun.of(project, dialect, files);
  }

  /** A table from the first file; the second adds a NOT NULL column and an index to it. */
  private void changelog() throws IOException {
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

        --changeset team:1
        CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY, email varchar(255));
        --rollback DROP TABLE customer;
        """);
    write(
        "db/changelog/002-nickname.sql",
        """
        --liquibase formatted sql

        --changeset team:2
        ALTER TABLE customer ADD COLUMN nickname varchar(40) NOT NULL;
        --rollback ALTER TABLE customer DROP COLUMN nickname;

        --changeset team:3
        CREATE INDEX customer_email_idx ON customer (email);
        --rollback DROP INDEX customer_email_idx;
        """);
  }

  @Test
  void theNewestFormattedSqlFileIsLintedWithItsLinesOnPostgres() throws IOException {
    changelog();

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-nickname.sql:4: error [not-null-without-default]")
        .contains("002-nickname.sql:8: error [index-not-concurrent]")
        .as("the first file is history: its CREATE TABLE makes customer an existing table")
        .doesNotContain("001-customers.sql:");
  }

  @Test
  void directiveLinesAreNotSqlOnMariaDb() throws IOException {
    changelog();

    LiquibaseLintRun run =
        lint("mariadb", project.resolve("db/changelog/002-nickname.sql").toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-nickname.sql:4: error [not-null-without-default]")
        .contains("002-nickname.sql:8: error [index-not-online]")
        .doesNotContain("002-nickname.sql:1:")
        .doesNotContain("002-nickname.sql:5:");
  }

  @Test
  void aChangelogWithoutFormattedSqlIsAUsageError() throws IOException {
    write("db/changelog/master.yaml", "databaseChangeLog: []\n");

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("includes no formatted SQL file");
  }

  @Test
  void anIncludeLeavingTheChangeLogsFolderIsRefusedInOneLine() throws IOException {
    // the change log lives outside the working folder's project: its own folder is the limit
    write("secret.sql", "--liquibase formatted sql\n\n--changeset x:1\nSELECT 1;\n");
    write(
        "db/changelog/master.yaml",
        "databaseChangeLog:\n  - include:\n      file: ../../secret.sql\n"
            + "      relativeToChangelogFile: true\n");

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().filter(l -> l.startsWith("autogen: error:")))
        .containsExactly(
            "autogen: error: "
                + project.resolve("db/changelog/master.yaml")
                + ": the include ../../secret.sql leaves the project folder "
                + project.resolve("db/changelog")
                + "; autogen reads no file outside it");
    assertThat(run.out()).doesNotContain("SELECT");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
