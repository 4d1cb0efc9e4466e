package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.Finding;
import dev.autogen.lint.MigrationTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction rules follow the tool that runs the migrations: Liquibase runs each changeset in
 * a transaction unless its {@code --changeset} line says {@code runInTransaction:false}, and has no
 * Flyway-like detection of non-transactional statements; findings name the tool's own remedy.
 */
class MigrationToolWordingTest {

  @TempDir Path dir;

  private static final String TABLE =
      """
      --liquibase formatted sql

      --changeset team:1
      CREATE TABLE customer (id bigint, email text);
      """;

  /** The findings on {@code sql} (the second file, after one creating customer). */
  private List<Finding> lint(MigrationTool tool, String name, String sql) throws Exception {
    Path first = Files.writeString(dir.resolve("V1__customer.sql"), TABLE);
    Path second = Files.writeString(dir.resolve(name), sql);
    List<MigrationFile> files =
        List.of(
            new MigrationFile(first, "1", "customer", true),
            new MigrationFile(second, "2", name, true));
    return new StatementLinter(Dialects.forName("postgresql"), tool)
        .lint(files, Set.of(second.toAbsolutePath().normalize()), p -> p.getFileName().toString())
        .findings();
  }

  private static List<Finding> of(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.rule().code().equals(code)).toList();
  }

  @Test
  void concurrentIndexInATransactionalChangesetNamesRunInTransaction() throws Exception {
    String sql =
        """
        --liquibase formatted sql

        --changeset team:2
        CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_email_idx ON customer (email);
        --rollback DROP INDEX CONCURRENTLY customer_email_idx;
        """;

    List<Finding> found =
        of(lint(MigrationTool.LIQUIBASE, "002.sql", sql), "non-transactional-in-transaction");

    assertThat(found).extracting(Finding::line).containsExactly(4);
    Finding f = found.get(0);
    assertThat(f.message())
        .isEqualTo(
            "CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and Liquibase runs"
                + " this changeset in one: it fails");
    assertThat(f.rule().alternative())
        .contains("runInTransaction:false on its --changeset line")
        .doesNotContain("executeInTransaction")
        .doesNotContain(".conf")
        .doesNotContain("Flyway");
    assertThat(f.rule().title()).contains("changeset Liquibase runs").doesNotContain("Flyway");
  }

  @Test
  void runInTransactionFalseClearsOnlyItsOwnChangeset() throws Exception {
    String sql =
        """
        --liquibase formatted sql

        --changeset team:2 runInTransaction:false
        CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_email_idx ON customer (email);

        --changeset team:3
        CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_id_idx ON customer (id);
        """;

    assertThat(
            of(lint(MigrationTool.LIQUIBASE, "002.sql", sql), "non-transactional-in-transaction"))
        .extracting(Finding::line)
        .containsExactly(7);
  }

  @Test
  void flywayStillRunsAFileOfOnlyConcurrentIndexesOutsideATransaction() throws Exception {
    String alone =
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_email_idx ON customer (email);\n";
    String mixed = "SET lock_timeout = '5s';\n" + alone;

    assertThat(
            of(
                lint(MigrationTool.FLYWAY, "V2__idx.sql", alone),
                "non-transactional-in-transaction"))
        .isEmpty();
    List<Finding> found =
        of(lint(MigrationTool.FLYWAY, "V2__idx.sql", mixed), "non-transactional-in-transaction");
    assertThat(found).extracting(Finding::line).containsExactly(2);
    assertThat(found.get(0).message()).contains("Flyway refuses the file");
    assertThat(found.get(0).rule().alternative())
        .contains("executeInTransaction=false")
        .contains(".sql.conf")
        .doesNotContain("runInTransaction");
  }

  @Test
  void liquibaseIgnoresAFlywayConfAndReadsOnlyTheChangesetLine() throws Exception {
    String sql =
        """
        --liquibase formatted sql

        --changeset team:2
        CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_email_idx ON customer (email);
        """;
    // a Flyway setting beside a Liquibase changelog changes nothing for Liquibase
    Files.writeString(dir.resolve("002.sql.conf"), "executeInTransaction=false\n");

    assertThat(
            of(lint(MigrationTool.LIQUIBASE, "002.sql", sql), "non-transactional-in-transaction"))
        .hasSize(1);
  }

  @Test
  void commitAndBeginNameTheChangesetForLiquibase() throws Exception {
    String sql =
        """
        --liquibase formatted sql

        --changeset team:2
        BEGIN;
        UPDATE customer SET email = lower(email);
        COMMIT;

        --changeset team:3 runInTransaction:false
        BEGIN;
        UPDATE customer SET email = upper(email);
        COMMIT;
        """;

    List<Finding> found = lint(MigrationTool.LIQUIBASE, "002.sql", sql);

    assertThat(of(found, "transaction-nesting"))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4,
                "BEGIN inside the transaction Liquibase runs this changeset in only warns that one"
                    + " is in progress: it starts nothing"));
    List<Finding> ended = of(found, "transaction-ended-early");
    assertThat(ended)
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                6,
                "COMMIT ends the transaction Liquibase runs this changeset in: it commits the"
                    + " statements before it, so a failure after it leaves the changeset half"
                    + " applied"));
    assertThat(ended.get(0).rule().alternative())
        .isEqualTo(
            "Leave transaction control to Liquibase: split the changeset in two, or give it"
                + " runInTransaction:false when it must commit in steps.");
  }

  @Test
  void indexNotConcurrentAdviceNamesTheToolsSetting() throws Exception {
    String liquibase =
        """
        --liquibase formatted sql

        --changeset team:2
        CREATE INDEX customer_email_idx ON customer (email);
        """;
    String flyway = "CREATE INDEX customer_email_idx ON customer (email);\n";

    assertThat(of(lint(MigrationTool.LIQUIBASE, "002.sql", liquibase), "index-not-concurrent"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.rule().alternative())
                    .isEqualTo(
                        "CREATE INDEX CONCURRENTLY in a changeset of its own with"
                            + " runInTransaction:false on its --changeset line."));
    assertThat(of(lint(MigrationTool.FLYWAY, "V2__idx.sql", flyway), "index-not-concurrent"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.rule().alternative()).contains("Flyway executeInTransaction=false"));
  }

  @Test
  void uniqueConstraintAdviceNamesRunInTransactionForLiquibase() throws Exception {
    String sql =
        """
        --liquibase formatted sql

        --changeset team:2
        ALTER TABLE customer ADD CONSTRAINT customer_email_key UNIQUE (email);
        """;

    assertThat(of(lint(MigrationTool.LIQUIBASE, "002.sql", sql), "constraint-builds-index"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.rule().alternative())
                    .startsWith(
                        "CREATE UNIQUE INDEX CONCURRENTLY in a changeset of its own with"
                            + " runInTransaction:false on its --changeset line, then"));
  }
}
