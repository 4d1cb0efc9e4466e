package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each tool says about transactions, asked of the tool rather than decided by its callers. */
class MigrationToolTest {

  private static final String CHANGELOG =
      """
      --liquibase formatted sql

      --changeset team:1
      CREATE TABLE customer (id bigint);

      --changeset team:2 runInTransaction:false
      CREATE INDEX CONCURRENTLY customer_id_idx ON customer (id);

      --changeset team:3
      ALTER TABLE customer ADD COLUMN email text;
      """;

  @Test
  void liquibaseRunsTheChangesetsThatSaySoOutsideATransaction() {
    assertThat(MigrationTool.LIQUIBASE.linesOutsideTransaction(CHANGELOG))
        .containsExactly(new MigrationTool.Lines(6, 8));
  }

  @Test
  void flywayReadsNoSettingInTheFileItself() {
    // a Flyway file is told by its .conf, never by a Liquibase changeset line in it
    assertThat(MigrationTool.FLYWAY.linesOutsideTransaction(CHANGELOG)).isEmpty();
  }

  @Test
  void theConcurrentIndexAdviceIsInTheToolsWords() {
    assertThat(MigrationTool.FLYWAY.concurrentIndexHome())
        .isEqualTo(
            "a file of its own that runs outside a transaction (Flyway executeInTransaction=false)");
    assertThat(MigrationTool.LIQUIBASE.concurrentIndexHome())
        .isEqualTo(MigrationTool.LIQUIBASE.outsideTransaction());
  }
}
