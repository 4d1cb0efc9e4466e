package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL the real Liquibase generates offline for XML, YAML and JSON changesets: only the
 * project's parameters expand, files stay in the project folder, and each changeset is found at the
 * line of its {@code changeSet}.
 */
class OfflineChangeSqlTest {

  @TempDir Path tmp;

  private List<GeneratedChangeset> generated(String file, String text, Map<String, String> params)
      throws IOException, MigrationReplayException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path changelogs = Files.createDirectories(project.resolve("db/changelog"));
    Files.writeString(changelogs.resolve(file), text);
    Files.writeString(
        changelogs.resolve("master.yaml"),
        "databaseChangeLog:\n  - include:\n      file: "
            + file
            + "\n      relativeToChangelogFile: true\n");
    List<ChangeLogFiles.ChangeLogFile> files =
        ChangeLogFiles.inOrder(
            new LiquibaseReplay(changelogs, "master.yaml", params, "", ""), project, "postgresql");
    assertThat(files).hasSize(1);
    return files.get(0).generated();
  }

  @Test
  void onlyTheProjectsParametersExpandNeverTheEnvironmentOrSystemProperties() throws Exception {
    System.setProperty("autogen.lint.secret", "s3cr3t");
    try {
      List<GeneratedChangeset> out =
          generated(
              "002.yaml",
              """
              databaseChangeLog:
                - changeSet:
                    id: 2
                    author: team
                    changes:
                      - sql:
                          sql: SELECT '${autogen.lint.secret}', '${PATH}', '${mine}'
              """,
              Map.of("mine", "given"));

      assertThat(out.get(0).statements())
          .containsExactly("SELECT '${autogen.lint.secret}', '${PATH}', 'given'");
    } finally {
      System.clearProperty("autogen.lint.secret");
    }
  }

  @Test
  void anSqlFileOutsideTheProjectIsNotRead() throws Exception {
    Files.writeString(tmp.resolve("secret.sql"), "SELECT 'secret'");

    List<GeneratedChangeset> out =
        generated(
            "002.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 2
                  author: team
                  changes:
                    - sqlFile:
                        path: ../../../secret.sql
                        relativeToChangelogFile: true
            """,
            Map.of());

    assertThat(out.get(0).statements()).isEmpty();
    assertThat(out.get(0).problem()).isPresent();
    assertThat(out.get(0).problem().get())
        .contains("leaves the project folder")
        .doesNotContain("SELECT");
  }

  @Test
  void anSqlFileBesideTheChangelogIsRead() throws Exception {
    Path beside = Files.createDirectories(tmp.resolve("project/db/changelog"));
    Files.writeString(beside.resolve("002.sql"), "CREATE INDEX i ON customer (email);");

    List<GeneratedChangeset> out =
        generated(
            "002.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 2
                  author: team
                  changes:
                    - sqlFile:
                        path: 002.sql
                        relativeToChangelogFile: true
            """,
            Map.of());

    assertThat(out.get(0).problem()).isEmpty();
    assertThat(out.get(0).statements()).containsExactly("CREATE INDEX i ON customer (email)");
  }

  @Test
  void changeSetsLiquibaseWouldSkipHereHaveNoSql() throws Exception {
    List<GeneratedChangeset> out =
        generated(
            "002.yaml",
            """
            databaseChangeLog:
              - changeSet:
                  id: 2
                  author: team
                  dbms: mysql
                  changes:
                    - sql:
                        sql: SELECT 'mysql only'
              - changeSet:
                  id: 3
                  author: team
                  changes:
                    - sql:
                        dbms: mariadb
                        sql: SELECT 'mariadb only'
                    - sql:
                        sql: SELECT 'everywhere'
              - changeSet:
                  id: 4
                  author: team
                  ignore: true
                  changes:
                    - sql:
                        sql: SELECT 'ignored'
            """,
            Map.of());

    assertThat(out)
        .flatExtracting(GeneratedChangeset::statements)
        .containsExactly("SELECT 'everywhere'");
  }

  @Test
  void anXmlExternalEntityIsNotRead() throws Exception {
    Path secret = Files.writeString(tmp.resolve("entity.txt"), "s3cr3t");
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                generated(
                    "002.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE databaseChangeLog [<!ENTITY e SYSTEM "%s">]>
                    <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                          http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                      <changeSet id="2" author="team">
                        <sql>SELECT '&e;'</sql>
                      </changeSet>
                    </databaseChangeLog>
                    """
                        .formatted(secret.toUri()),
                    Map.of()));

    // Liquibase's secure parsing (kept on) refuses the entity: the file is never read
    assertThat(t).isInstanceOf(MigrationReplayException.class);
    assertThat(t.getMessage()).doesNotContain("s3cr3t");
  }

  @Test
  void aSchemaLocationElsewhereIsNotFetched() throws Exception {
    long start = System.nanoTime();
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                generated(
                    "002.xml",
                    """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                          http://10.255.255.1/dbchangelog.xsd">
                      <changeSet id="2" author="team">
                        <sql>SELECT 1</sql>
                      </changeSet>
                    </databaseChangeLog>
                    """,
                    Map.of()));

    assertThat(t).isInstanceOf(MigrationReplayException.class);
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(10));
  }

  @Test
  void aChangeSetIsFoundAtItsChangeSetLine() throws Exception {
    List<GeneratedChangeset> out =
        generated(
            "002.json",
            """
            {"databaseChangeLog": [
              {"changeSet": {
                "id": "2", "author": "team",
                "changes": [{"sql": {"sql": "SELECT 1"}}]}},
              {"changeSet": {
                "id": "2", "author": "other",
                "changes": [{"sql": {"sql": "SELECT 2"}}]}}
            ]}
            """,
            Map.of());

    assertThat(out)
        .extracting(GeneratedChangeset::author, GeneratedChangeset::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("team", 2),
            org.assertj.core.groups.Tuple.tuple("other", 5));
  }

  @Test
  void theLineOfAnXmlChangeSetIsItsOpeningTag() {
    String xml =
        """
        <databaseChangeLog>
          <changeSet id="1" author="a"/>
          <changeSet
              author="b"
              id="1">
            <column name="id" type="bigint"/>
          </changeSet>
        </databaseChangeLog>
        """;

    ChangeSetLines lines = new ChangeSetLines(xml);
    assertThat(lines.line("1", "a")).isEqualTo(2);
    assertThat(lines.line("1", "b")).isEqualTo(3);
    assertThat(lines.line("9", "b")).isEqualTo(1);
  }
}
