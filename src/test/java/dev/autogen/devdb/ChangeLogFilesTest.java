package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formatted SQL files a change log includes, read by Liquibase's own parser, and never a file
 * outside the project however an include names it.
 */
class ChangeLogFilesTest {

  @TempDir Path tmp;

  private Path project;
  private Path changelogs;

  /** Beside the project: formatted SQL Liquibase would read happily. */
  private Path secret;

  @BeforeEach
  void files() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    changelogs = Files.createDirectories(project.resolve("db/changelog"));
    write(changelogs.resolve("001-customers.sql"), "customer");
    secret = write(tmp.resolve("secret.sql"), "secret");
  }

  private static Path write(Path file, String table) throws IOException {
    return Files.writeString(
        file,
        "--liquibase formatted sql\n\n--changeset team:"
            + table
            + "\nCREATE TABLE "
            + table
            + " (id bigint);\n");
  }

  /** A master change log including 001-customers.sql, then {@code include}. */
  private LiquibaseReplay master(String include, boolean relative) throws IOException {
    Files.writeString(
        changelogs.resolve("master.yaml"),
        """
        databaseChangeLog:
          - include:
              file: 001-customers.sql
              relativeToChangelogFile: true
          - include:
              file: %s
              relativeToChangelogFile: %s
        """
            .formatted(include, relative));
    return new LiquibaseReplay(changelogs, "master.yaml", Map.of(), "", "");
  }

  private MigrationReplayException refused(String include, boolean relative) throws IOException {
    LiquibaseReplay changeLog = master(include, relative);
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(() -> formattedSql(changeLog, project));
    assertThat(t).isInstanceOf(MigrationReplayException.class);
    return (MigrationReplayException) t;
  }

  @Test
  void theIncludedFilesAreReadInOrder() throws Exception {
    write(changelogs.resolve("002-orders.sql"), "orders");

    assertThat(formattedSql(master("002-orders.sql", true), project))
        .extracting(MigrationFile::description)
        .containsExactly("001-customers.sql", "002-orders.sql");
  }

  @Test
  void anIncludeClimbingOutOfTheProjectIsRefusedNamingTheChangeLogAndTheInclude() throws Exception {
    MigrationReplayException e = refused("../../../secret.sql", true);

    assertThat(e.getMessage())
        .startsWith(changelogs.resolve("master.yaml") + ": the include ")
        .contains("secret.sql")
        .contains("leaves the project folder " + project)
        .doesNotContain("\n");
  }

  @Test
  void anAbsoluteIncludeOutsideTheProjectIsRefused() throws Exception {
    MigrationReplayException e = refused(secret.toAbsolutePath().toString(), false);

    assertThat(e.getMessage()).contains("secret.sql").contains("leaves the project folder");
  }

  @Test
  void aLinkInsideTheProjectToAFileOutsideIsRefused() throws Exception {
    Files.createSymbolicLink(changelogs.resolve("linked.sql"), secret);

    assertThat(refused("linked.sql", true).getMessage())
        .contains("linked.sql")
        .contains("leaves the project folder");
  }

  @Test
  void aChangeLogOutsideTheProjectFolderIsConfinedToItsOwnFolder() throws Exception {
    // lint --changelog /elsewhere/master.yaml from another working folder
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    write(elsewhere.resolve("001-customers.sql"), "customer");
    Files.writeString(
        elsewhere.resolve("master.yaml"),
        "databaseChangeLog:\n  - include:\n      file: 001-customers.sql\n"
            + "      relativeToChangelogFile: true\n");

    assertThat(
            formattedSql(new LiquibaseReplay(elsewhere, "master.yaml", Map.of(), "", ""), project))
        .hasSize(1);
    assertThatThrownBy(
            () -> {
              Files.writeString(
                  elsewhere.resolve("master.yaml"),
                  "databaseChangeLog:\n  - include:\n      file: ../secret.sql\n"
                      + "      relativeToChangelogFile: true\n");
              formattedSql(
                  new LiquibaseReplay(elsewhere, "master.yaml", Map.of(), "", ""), project);
            })
        .hasMessageContaining("leaves the project folder " + elsewhere);
  }

  /** The formatted SQL files among the change log's files, in run order. */
  private static java.util.List<MigrationFile> formattedSql(LiquibaseReplay changeLog, Path folder)
      throws MigrationReplayException {
    return ChangeLogFiles.inOrder(changeLog, folder, "postgresql").stream()
        .filter(ChangeLogFiles.ChangeLogFile::formattedSql)
        .map(ChangeLogFiles.ChangeLogFile::file)
        .toList();
  }
}
