package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spring Boot project whose history only the real engines can replay: Flyway migrations with
 * {@code ${placeholders}} from {@code application.yml}, a repeatable view, a {@code .conf} that
 * runs a concurrent index outside a transaction; a Java migration; a Liquibase master changelog
 * including a formatted SQL file. The CLI runs in the project folder as a separate process, with
 * the dev database in a throwaway schema of the local PostgreSQL (dropped when autogen ends).
 */
class SpringBootReplayIT {
  private static final String DEV_URL =
      LocalPostgres.URL
          + (LocalPostgres.URL.contains("?") ? "&" : "?")
          + "user="
          + LocalPostgres.USER;

  @TempDir Path project;

  @Test
  void flywayPlaceholdersRepeatablesAndScriptConfigsReplayAsFlywayRunsThem() throws Exception {
    springBoot("flyway");
    write(
        "src/main/resources/application.yml",
        """
        spring:
          datasource:
            url: jdbc:h2:mem:shop
          flyway:
            placeholders:
              name_length: 255
              audit_note: created by ${USER_NOTE:flyway}
        """);
    write(
        "src/main/resources/db/migration/V1__customers.sql",
        """
        CREATE TABLE customer (id bigint PRIMARY KEY, first_name varchar(${name_length}),
          email varchar(255));
        COMMENT ON TABLE customer IS '${audit_note}';
        """);
    write(
        "src/main/resources/db/migration/V2__email_index.sql",
        "CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email);\n"
            + "CREATE INDEX CONCURRENTLY customer_name_idx ON customer (first_name);\n");
    write(
        "src/main/resources/db/migration/V2__email_index.sql.conf", "executeInTransaction=false\n");
    write(
        "src/main/resources/db/migration/R__customer_names.sql",
        "CREATE OR REPLACE VIEW customer_names AS SELECT first_name FROM customer;\n");
    customer("");

    Run diff = autogen("diff", "--dev-url", DEV_URL);
    assertThat(diff.code()).as(diff.toString()).isZero();
    assertThat(diff.out()).as(diff.toString()).contains("No changes");

    customer("private String loyaltyTier;");
    Run generate =
        autogen("-m", "add_loyalty_tier", "--revision", "20260102000000", "--dev-url", DEV_URL);
    assertThat(generate.code()).as(generate.toString()).isZero();
    Path written =
        project.resolve("src/main/resources/db/migration/V20260102000000_1__add_loyalty_tier.sql");
    assertThat(Files.readString(written)).contains("ADD COLUMN loyalty_tier varchar(255)");

    Run again = autogen("diff", "--dev-url", DEV_URL);
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out())
        .as("the generated file replays on top of the team's history")
        .contains("No changes");
  }

  @Test
  void lintReplaysWithTheProjectsPlaceholdersAndChecksThemBeforeAnythingRuns() throws Exception {
    springBoot("flyway");
    write(
        "src/main/resources/application.yml",
        """
        spring:
          flyway:
            placeholders:
              name_length: 255
              probe: "0); ALTER SYSTEM SET work_mem = '1MB'; SELECT (0"
        """);
    write(
        "src/main/resources/db/migration/V1__customers.sql",
        "CREATE TABLE customer (id bigint PRIMARY KEY, first_name varchar(${name_length}), email"
            + " varchar(255));");
    write(
        "src/main/resources/db/migration/V2__nickname.sql",
        "ALTER TABLE customer ADD COLUMN nickname varchar(${name_length});\n");
    customer("private String nickname;");

    Run lint =
        autogen("lint", "--dev-url", DEV_URL, "src/main/resources/db/migration/V2__nickname.sql");
    assertThat(lint.code()).as(lint.toString()).isZero();
    assertThat(lint.out() + lint.err())
        .doesNotContain("migration-fails")
        .doesNotContain("syntax error");

    // a placeholder's value is checked as Flyway would run it: the file's text alone looks clean
    write("src/main/resources/db/migration/V3__probe.sql", "SELECT (${probe});\n");
    Run refused =
        autogen(
            "lint",
            "--dev-url",
            DEV_URL,
            "--format",
            "text",
            "src/main/resources/db/migration/V3__probe.sql");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.out()).as(refused.toString()).contains("sandbox-refused");
  }

  @Test
  void aJavaMigrationIsNamedAndStopsWithExitCodeTwo() throws Exception {
    springBoot("flyway");
    write("src/main/resources/application.properties", "spring.jpa.open-in-view=false\n");
    write(
        "src/main/resources/db/migration/V1__customers.sql",
        "CREATE TABLE customer (id bigint PRIMARY KEY, first_name varchar(255), email"
            + " varchar(255));");
    write(
        "src/main/java/db/migration/V2__BackfillEmails.java",
        """
        package db.migration;

        public class V2__BackfillEmails {}
        """);
    customer("");

    Run diff = autogen("diff", "--dev-url", DEV_URL);

    assertThat(diff.code()).as(diff.toString()).isEqualTo(2);
    assertThat(diff.err().strip().lines().filter(l -> l.contains("V2__BackfillEmails.java")))
        .as(diff.toString())
        .singleElement()
        .asString()
        .contains("Java migration");
  }

  @Test
  void aLiquibaseChangelogIsReplayedByLiquibase() throws Exception {
    springBoot("liquibase");
    write(
        "src/main/resources/application.yml",
        """
        spring:
          liquibase:
            change-log: classpath:db/changelog/db.changelog-master.yaml
            parameters:
              name_length: 255
        """);
    write(
        "src/main/resources/db/changelog/db.changelog-master.yaml",
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
                          name: first_name
                          type: varchar(${name_length})
          - include:
              file: changes/002-email.sql
              relativeToChangelogFile: true
        """);
    write(
        "src/main/resources/db/changelog/changes/002-email.sql",
        """
        --liquibase formatted sql

        --changeset team:2
        ALTER TABLE customer ADD COLUMN email varchar(255);
        CREATE INDEX customer_email_idx ON customer (email);
        CREATE INDEX customer_name_idx ON customer (first_name);
        --rollback DROP INDEX customer_email_idx; ALTER TABLE customer DROP COLUMN email;
        """);
    customer("");

    Run diff = autogen("diff", "--dev-url", DEV_URL);
    assertThat(diff.code()).as(diff.toString()).isZero();
    assertThat(diff.out())
        .as("the changelog's schema, without Liquibase's own tables")
        .contains("No changes")
        .doesNotContainIgnoringCase("databasechangelog");

    customer("private String loyaltyTier;");
    Run changes = autogen("diff", "--dev-url", DEV_URL);
    assertThat(changes.code()).as(changes.toString()).isZero();
    assertThat(changes.out())
        .contains("customer.loyalty_tier")
        .doesNotContain("first_name")
        .doesNotContainIgnoringCase("databasechangelog");

    Run generate =
        autogen("-m", "add_loyalty_tier", "--revision", "20260102000000", "--dev-url", DEV_URL);
    assertThat(generate.code()).as(generate.toString()).isZero();
    Run again = autogen("diff", "--dev-url", DEV_URL);
    assertThat(again.out()).as(again.toString()).contains("No changes");
  }

  /**
   * A migration tool's table under a name the project chose ({@code spring.flyway.table}, as an
   * application begun on Flyway 4 keeps {@code schema_version}; Spring's Liquibase table names;
   * autogen's own {@code flyway.table}) is the tool's, never the application's: it is not compared,
   * so never planned for a drop, while a table nobody maps still is.
   */
  @Test
  void migrationToolTablesUnderTheProjectsOwnNamesAreNeverCompared() throws Exception {
    springBoot("flyway");
    write(
        "src/main/resources/application.properties",
        """
        spring.flyway.table=schema_version
        spring.liquibase.database-change-log-table=lb_log
        spring.liquibase.database-change-log-lock-table=lb_lock
        """);
    write("autogen.properties", "flyway.table=legacy_history\n");
    noteEntity();
    LocalPostgres.inSchema(
        "tooltables",
        (c, schema) -> {
          tables(c, "note", "schema_version", "lb_log", "lb_lock", "legacy_history", "audit_log");
          List<String> url = new ArrayList<>(List.of("diff"));
          url.addAll(LocalPostgres.cliArgs());
          url.addAll(List.of("--schema", schema));

          Run diff = autogen(url.toArray(String[]::new));

          assertThat(diff.code()).as(diff.toString()).isZero();
          assertThat(diff.out())
              .as(diff.toString())
              .contains("audit_log")
              .doesNotContain("schema_version")
              .doesNotContain("lb_log")
              .doesNotContain("lb_lock")
              .doesNotContain("legacy_history");
          assertThat(diff.err())
              .as("a Spring Boot 3 build is told what of Hibernate 6 autogen follows")
              .contains(
                  "autogen: note: pom.xml: spring-boot-starter-parent 3.5.0 brings Hibernate 6.x;"
                      + " autogen follows it for quoted names under Spring's naming");
        });
  }

  /**
   * A project that runs Flyway or Liquibase from their own command-line tools names their tables in
   * their own files ({@code flyway.conf}, Flyway 10's {@code flyway.toml}, {@code
   * liquibase.properties}); those tables are never compared either.
   */
  @Test
  void migrationToolTablesNamedInTheToolsOwnFilesAreNeverCompared() throws Exception {
    write(
        "flyway.conf", "flyway.url=jdbc:postgresql://elsewhere/prod\nflyway.table=conf_history\n");
    write(
        "flyway.toml",
        """
        [environments.prod]
        url = "jdbc:postgresql://elsewhere/prod"

        [environments.prod.flyway]
        table = "prod_history"

        [flyway]
        locations = ["filesystem:sql"]
        table = "toml_history"
        """);
    write("liquibase.properties", "liquibase.databaseChangeLogTableName=lb_changes\n");
    noteEntity();
    LocalPostgres.inSchema(
        "toolfiles",
        (c, schema) -> {
          tables(
              c, "note", "conf_history", "toml_history", "prod_history", "lb_changes", "audit_log");
          List<String> args = new ArrayList<>(List.of("diff", "--verbose"));
          args.addAll(LocalPostgres.cliArgs());
          args.addAll(List.of("--schema", schema, "--entities", "src/main/java"));

          Run diff = autogen(args.toArray(String[]::new));

          assertThat(diff.code()).as(diff.toString()).isZero();
          assertThat(diff.out())
              .as(diff.toString())
              .contains("audit_log")
              .doesNotContain("conf_history")
              .doesNotContain("toml_history")
              .doesNotContain("prod_history")
              .doesNotContain("lb_changes");
          assertThat(diff.err())
              .as("--verbose says where each name came from")
              .contains("migration tool table = conf_history  (flyway.conf (flyway.table))")
              .contains("migration tool table = toml_history  (flyway.toml ([flyway] table))");
        });
  }

  /**
   * A project that runs Flyway from its command-line tool (or Maven plugin) keeps its migrations
   * where its own {@code flyway.conf} (Flyway 10's {@code flyway.toml}, the plugin's configuration)
   * says, with placeholders there too, and no Spring configuration: the replay reads both, and
   * {@code -m} writes beside the migrations.
   */
  @ParameterizedTest
  @ValueSource(strings = {"flyway.conf", "flyway.toml", "pom.xml"})
  void aFlywayCliProjectReplaysWhereAndHowItsOwnFilesSay(String file) throws Exception {
    String folder =
        switch (file) {
          case "flyway.conf" -> "sql";
          case "flyway.toml" -> "migrations";
          default -> "db/changes";
        };
    write(
        file,
        switch (file) {
          case "flyway.conf" ->
              """
              flyway.url=jdbc:postgresql://elsewhere/prod
              flyway.locations=filesystem:sql
              flyway.placeholders.name_length=255
              """;
          case "flyway.toml" ->
              """
              [flyway]
              locations = ["filesystem:migrations"]

              [flyway.placeholders]
              name_length = "255"
              """;
          default ->
              """
              <project>
                <artifactId>shop</artifactId>
                <build><plugins><plugin>
                  <groupId>org.flywaydb</groupId>
                  <artifactId>flyway-maven-plugin</artifactId>
                  <configuration>
                    <url>${env.DATABASE_URL}</url>
                    <locations><location>filesystem:${project.basedir}/db/changes</location></locations>
                    <placeholders><name_length>255</name_length></placeholders>
                    <baselineDescription>${parent.description}</baselineDescription>
                  </configuration>
                </plugin></plugins></build>
              </project>
              """;
        });
    write(
        folder + "/V1__customers.sql",
        """
        CREATE TABLE customer (id bigint PRIMARY KEY, firstname varchar(${name_length}),
          email varchar(255));
        CREATE INDEX customer_email_idx ON customer (email);
        CREATE INDEX customer_name_idx ON customer (firstname);
        """);
    // no Spring here: Hibernate's own naming keeps firstName, which PostgreSQL folds to firstname
    customer("");

    Run diff = autogen("diff", "--dev-url", DEV_URL, "--entities", "src/main/java");
    assertThat(diff.code()).as(diff.toString()).isZero();
    assertThat(diff.out()).as(diff.toString()).contains("No changes");
    if (file.equals("pom.xml")) {
      assertThat(diff.err())
          .as("a setting naming a parent's property is left out with a note, not a stop")
          .contains(
              "autogen: note: pom.xml: flyway-maven-plugin <baselineDescription> uses"
                  + " ${parent.description}, which is no property of the pom");
    }

    customer("private String loyaltyTier;");
    Run generate =
        autogen(
            "-m",
            "add_loyalty_tier",
            "--revision",
            "20260102000000",
            "--dev-url",
            DEV_URL,
            "--entities",
            "src/main/java");
    assertThat(generate.code()).as(generate.toString()).isZero();
    Path written = project.resolve(folder + "/V20260102000000_1__add_loyalty_tier.sql");
    assertThat(Files.readString(written)).contains("ADD COLUMN loyaltytier varchar(255)");

    Run again = autogen("diff", "--dev-url", DEV_URL, "--entities", "src/main/java", "--verbose");
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out())
        .as("the generated file replays on top of the history")
        .contains("No changes");
    assertThat(again.err())
        .as("--verbose says where the migrations folder came from")
        .contains(file + " (");
  }

  @Test
  void aFlywayTomlThatIsNotTomlIsOneLineNamingTheFile() throws Exception {
    write("flyway.toml", "[flyway\ntable = \n");
    write("src/main/java/com/acme/shop/Keep.java", "package com.acme.shop;\nclass Keep {}\n");

    Run diff =
        autogen(
            "diff", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--entities", "src/main/java");

    assertThat(diff.code()).as(diff.toString()).isEqualTo(2);
    assertThat(diff.err().strip())
        .as(diff.toString())
        .startsWith("autogen: error: cannot read flyway.toml: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  /** The one entity of the migration tool tables' tests: {@code note}. */
  private void noteEntity() throws IOException {
    write(
        "src/main/java/com/acme/shop/Note.java",
        """
        package com.acme.shop;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        public class Note {
          @Id private Long id;
        }
        """);
  }

  private static void tables(java.sql.Connection c, String... names) throws java.sql.SQLException {
    for (String table : names) {
      LocalPostgres.execute(c, "CREATE TABLE " + table + " (id bigint PRIMARY KEY)");
    }
  }

  private void springBoot(String tool) throws IOException {
    write(
        "pom.xml",
        """
        <project>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.5.0</version>
          </parent>
          <artifactId>shop</artifactId>
          <dependencies>
            <dependency><groupId>org.%s</groupId><artifactId>%s-core</artifactId></dependency>
          </dependencies>
        </project>
        """
            .formatted(tool.equals("flyway") ? "flywaydb" : "liquibase", tool));
  }

  private void customer(String extraField) throws IOException {
    write(
        "src/main/java/com/acme/shop/Customer.java",
        """
        package com.acme.shop;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Index;
        import jakarta.persistence.Table;

        @Entity
        @Table(
            indexes = {
              @Index(name = "customer_email_idx", columnList = "email"),
              @Index(name = "customer_name_idx", columnList = "firstName")
            })
        public class Customer {
          @Id private Long id;
          private String firstName;
          private String email;
          %s
        }
        """
            .formatted(extraField));
  }

  /** What a run printed and its exit code. */
  private record Run(int code, String out, String err) {}

  private Run autogen(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.autogen.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AUTOGEN_") && !k.startsWith("AUTOGEN_TEST_")
                    || k.startsWith("SPRING_"));
    Path out = Files.createTempFile("autogen-out", ".txt");
    Path err = Files.createTempFile("autogen-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("autogen did not finish: " + List.of(args));
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
