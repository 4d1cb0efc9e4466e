package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen lint} on a Liquibase project whose changesets are XML or YAML: the real Liquibase
 * generates each changeset's SQL offline (no database), the statement rules read it, and findings
 * name the changelog file and the line of the changeset.
 */
class LiquibaseChangeSetLintTest {

  @TempDir Path project;

  private LiquibaseLintRun lint(String dialect, String... files) {
    return LiquibaseLintRun.of(project, dialect, files);
  }

  /** A master including the customer table's YAML changelog, then {@code next}. */
  private void master(String next) throws IOException {
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - include:
              file: 001-customers.yaml
              relativeToChangelogFile: true
          - include:
              file: %s
              relativeToChangelogFile: true
        """
            .formatted(next));
    write(
        "db/changelog/001-customers.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: team
              changes:
                - createTable:
                    tableName: customer
                    columns:
                      - column:
                          name: id
                          type: bigint
                          constraints:
                            primaryKey: true
                            nullable: false
                      - column:
                          name: email
                          type: varchar(255)
        """);
  }

  private static final String INDEX_YAML =
      """
      databaseChangeLog:
        - changeSet:
            id: 2
            author: team
            changes:
              - addColumn:
                  tableName: customer
                  columns:
                    - column:
                        name: nickname
                        type: varchar(40)
        - changeSet:
            id: 3
            author: team
            changes:
              - createIndex:
                  tableName: customer
                  indexName: customer_email_idx
                  columns:
                    - column:
                        name: email
      """;

  @Test
  void aYamlCreateIndexIsNotConcurrentOnPostgresAtItsChangeSetLine() throws IOException {
    master("002-index.yaml");
    write("db/changelog/002-index.yaml", INDEX_YAML);

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-index.yaml:12: error [index-not-concurrent]")
        .as("the nullable column of changeset 2 is fine; the first file is history")
        .doesNotContain("002-index.yaml:2: error")
        .doesNotContain("001-customers.yaml");
  }

  @Test
  void aCreateIndexOnMariaDbIsNotOnline() throws IOException {
    master("002-index.yaml");
    write("db/changelog/002-index.yaml", INDEX_YAML);

    LiquibaseLintRun run = lint("mariadb");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("002-index.yaml:12: error [index-not-online]");
  }

  @Test
  void anXmlNotNullColumnWithoutDefaultIsFound() throws IOException {
    master("002-nickname.xml");
    write(
        "db/changelog/002-nickname.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog
            xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">

          <changeSet id="2" author="team">
            <addColumn tableName="customer">
              <column name="nickname" type="varchar(40)">
                <constraints nullable="false"/>
              </column>
            </addColumn>
          </changeSet>

          <changeSet
              author="team"
              id="3">
            <addNotNullConstraint tableName="customer" columnName="email"
                columnDataType="varchar(255)"/>
          </changeSet>
        </databaseChangeLog>
        """);

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-nickname.xml:8: error [not-null-without-default]")
        .contains("002-nickname.xml:16: error [set-not-null-without-check]");
  }

  @Test
  void anSqlChangeInXmlIsLintedLikeFormattedSql() throws IOException {
    master("002-sql.xml");
    write(
        "db/changelog/002-sql.xml",
        LiquibaseLintRun.xml(
            """
          <changeSet id="2" author="team">
            <sql>
              ALTER TABLE customer ADD COLUMN nickname varchar(40) NOT NULL;
              CREATE INDEX customer_email_idx ON customer (email);
            </sql>
          </changeSet>
        """));

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-sql.xml:6: error [not-null-without-default]")
        .contains("002-sql.xml:6: error [index-not-concurrent]");
  }

  /**
   * An sql change's text is SQL, where a {@code --changeset} line is a comment; read back as a
   * formatted SQL changelog it must not start a changeset of its own (with {@code
   * runInTransaction:false}, it would hide the concurrent index from the transaction rule).
   */
  @Test
  void aChangesetLineInsideAnSqlChangeIsACommentNotAChangeset() throws IOException {
    master("002-sql.xml");
    write(
        "db/changelog/002-sql.xml",
        LiquibaseLintRun.xml(
            """
          <changeSet id="2" author="team">
            <sql>
              SELECT 1;
              --changeset sneaky:1 runInTransaction:false
              CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email);
            </sql>
          </changeSet>
        """));

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("002-sql.xml:6: error [non-transactional-in-transaction]");
  }

  @Test
  void anIdThatSpellsTheAttributeKeepsTheChangesetInItsTransaction() throws IOException {
    concurrentIndex("2-runInTransaction:false", "comment: an id, not the attribute");

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-concurrent.yaml:2: error [non-transactional-in-transaction]");
  }

  private void concurrentIndex(String attribute) throws IOException {
    concurrentIndex("2", attribute);
  }

  /** A changeset {@code id} creating an index concurrently, with one more {@code attribute}. */
  private void concurrentIndex(String id, String attribute) throws IOException {
    master("002-concurrent.yaml");
    write(
        "db/changelog/002-concurrent.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: %s
              author: team
              %s
              changes:
                - sql:
                    sql: CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email)
        """
            .formatted(id, attribute));
  }

  @Test
  void runInTransactionFalseIsHonoured() throws IOException {
    concurrentIndex("runInTransaction: false");

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("002-concurrent.yaml:");
  }

  @Test
  void aConcurrentIndexInATransactionalChangeSetIsFound() throws IOException {
    concurrentIndex("comment: in a transaction");

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("002-concurrent.yaml:2: error [non-transactional-in-transaction]")
        .contains("runInTransaction:false");
  }

  @Test
  void aCleanChangeSetHasNoFinding() throws IOException {
    master("002-nickname.yaml");
    write(
        "db/changelog/002-nickname.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: team
              changes:
                - sql:
                    sql: SET LOCAL lock_timeout = '5s'
                - addColumn:
                    tableName: customer
                    columns:
                      - column:
                          name: nickname
                          type: varchar(40)
        """);

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("002-nickname.yaml:");
  }

  @Test
  void aBrokenXmlChangelogIsOneLineAndExit2() throws IOException {
    master("002-broken.xml");
    write(
        "db/changelog/002-broken.xml",
        LiquibaseLintRun.xml(
            """
          <changeSet id="2" author="team">
            <addColumn tableName="customer">
          </changeSet>
        """));

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
    List<String> errors = run.err().lines().filter(l -> l.startsWith("autogen: error:")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).contains("Error parsing line 8 column 5 of 002-broken.xml");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void aChangeLiquibaseCannotValidateForTheServerIsOneLineAndExit2() throws IOException {
    master("002-not-null.yaml");
    write(
        "db/changelog/002-not-null.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: team
              changes:
                - addNotNullConstraint:
                    tableName: customer
                    columnName: email
        """);

    LiquibaseLintRun run = lint("mysql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().filter(l -> l.startsWith("autogen: error:")))
        .singleElement()
        .asString()
        .contains("002-not-null.yaml:2: changeset 2 by team: Liquibase cannot generate its SQL")
        .contains("columnDataType");
  }

  @Test
  void anAllowCommentInAnSqlChangeSuppressesItsFinding() throws IOException {
    master("002-allowed.yaml");
    write(
        "db/changelog/002-allowed.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: team
              changes:
                - sql:
                    sql: |
                      -- autogen:allow index-not-concurrent the table holds ten rows
                      CREATE INDEX customer_email_idx ON customer (email)
        """);

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).contains("the table holds ten rows");
  }

  @Test
  void aTableCreatedInTheLintedYamlIsNewAndAFormattedSqlFileAfterYamlIsLintedAsWritten()
      throws IOException {
    master("002-orders.yaml");
    write(
        "db/changelog/002-orders.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: 2
              author: team
              changes:
                - createTable:
                    tableName: orders
                    columns:
                      - column:
                          name: id
                          type: bigint
                - createIndex:
                    tableName: orders
                    indexName: orders_id_idx
                    columns:
                      - column:
                          name: id
        """);
    write(
        "db/changelog/003-index.sql",
        """
        --liquibase formatted sql

        --changeset team:3
        CREATE INDEX customer_email_idx ON customer (email);
        """);

    LiquibaseLintRun yaml = lint("postgresql");
    LiquibaseLintRun sql =
        lint("postgresql", project.resolve("db/changelog/003-index.sql").toString());

    assertThat(yaml.exit()).as(yaml.out() + yaml.err()).isEqualTo(0);
    assertThat(yaml.out()).doesNotContain("index-not-concurrent");
    assertThat(sql.exit()).as(sql.out() + sql.err()).isEqualTo(1);
    assertThat(sql.out()).contains("003-index.sql:4: error [index-not-concurrent]");
  }

  @Test
  void aGivenYamlFileIsLintedOnlyWhenTheMasterIncludesIt() throws IOException {
    master("002-index.yaml");
    write("db/changelog/002-index.yaml", INDEX_YAML);
    write("db/changelog/003-loose.yaml", INDEX_YAML);

    LiquibaseLintRun included =
        lint("postgresql", project.resolve("db/changelog/002-index.yaml").toString());
    LiquibaseLintRun loose =
        lint("postgresql", project.resolve("db/changelog/003-loose.yaml").toString());

    assertThat(included.exit()).as(included.out() + included.err()).isEqualTo(1);
    assertThat(included.out()).contains("002-index.yaml:12: error [index-not-concurrent]");
    assertThat(loose.exit()).as(loose.out() + loose.err()).isEqualTo(ExitCode.USAGE);
    assertThat(loose.err()).contains("003-loose.yaml: the master change log does not include it");
  }

  @Test
  void aChangeThatWouldRunAProgramIsRefusedNotRun() throws IOException {
    master("002-command.yaml");
    Path marker = project.resolve("ran");
    write(
        "db/changelog/002-command.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: shell
              author: team
              changes:
                - executeCommand:
                    executable: touch
                    args:
                      - arg:
                          value: %s
        """
            .formatted(marker));

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().filter(l -> l.startsWith("autogen: error:")))
        .containsExactly(
            "autogen: error: "
                + LintCommand.display(project.resolve("db/changelog/002-command.yaml"))
                + ":2: changeset shell by team: Liquibase cannot generate its SQL offline: its"
                + " executeCommand change runs a program; autogen runs none");
    assertThat(marker).doesNotExist();
  }

  /**
   * Liquibase's own customChange constructs the named class while it parses, before any check: the
   * class is named in an untrusted change log, so it must never be loaded, let alone built.
   */
  @Test
  void aCustomChangeIsRefusedWithoutItsClassBeingLoaded() throws IOException {
    master("002-custom.yaml");
    write(
        "db/changelog/002-custom.yaml",
        """
        databaseChangeLog:
          - changeSet:
              id: java
              author: team
              changes:
                - customChange:
                    class: dev.autogen.cli.ConstructionProbe
                    table: customer
        """);
    int before = ConstructionProbe.Counters.CONSTRUCTED.get();

    LiquibaseLintRun run = lint("postgresql");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines().filter(l -> l.startsWith("autogen: error:")))
        .containsExactly(
            "autogen: error: "
                + LintCommand.display(project.resolve("db/changelog/002-custom.yaml"))
                + ":2: changeset java by team: Liquibase cannot generate its SQL offline: its"
                + " customChange runs Java code; autogen runs none");
    assertThat(ConstructionProbe.Counters.CONSTRUCTED.get()).isEqualTo(before);
    assertThat(ConstructionProbe.Counters.LOADED.get()).isFalse();
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
