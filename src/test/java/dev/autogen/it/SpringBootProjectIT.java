package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot project as a team has it (build file, entities, {@code application.yml} with the
 * datasource behind {@code ${ENV:default}} placeholders, a Flyway folder) needs no autogen
 * configuration and no flags: {@code autogen diff} and {@code autogen -m} run in its folder read
 * everything from the Spring configuration. The CLI runs as a separate process so that its working
 * directory is the project folder, as when a user types the command there.
 */
class SpringBootProjectIT {
  @TempDir Path project;
  private String schema;
  private Connection connection;

  @BeforeEach
  void project() throws Exception {
    schema = LocalPostgres.newSchemaName("it_spring");
    connection = LocalPostgres.connect();
    LocalPostgres.execute(connection, "CREATE SCHEMA " + schema);
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
        </project>
        """);
    write(
        "src/main/resources/application.yml",
        """
        spring:
          datasource:
            url: ${AUTOGEN_TEST_PG_URL:jdbc:postgresql://127.0.0.1:5432/test}
            username: ${AUTOGEN_TEST_PG_USER:postgres}
            password: ${AUTOGEN_TEST_PG_PASSWORD:}
          jpa:
            properties:
              hibernate:
                default_schema: %s
          flyway:
            locations: filesystem:db/migrations
        """
            .formatted(schema));
    write(
        "db/migrations/V1__customers.sql",
        "CREATE TABLE customer (id bigint PRIMARY KEY, first_name varchar(255));");
    write(
        "src/main/java/com/acme/shop/Customer.java",
        """
        package com.acme.shop;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;

        @Entity
        public class Customer {
          @Id private Long id;
          private String firstName;
          private String loyaltyTier;
        }
        """);
    // the team's migrations, applied by the real Flyway
    Flyway.configure()
        .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
        .schemas(schema)
        .locations("filesystem:" + project.resolve("db/migrations"))
        .load()
        .migrate();
  }

  @AfterEach
  void dropSchema() throws Exception {
    LocalPostgres.execute(connection, "DROP SCHEMA " + schema + " CASCADE");
    connection.close();
  }

  @Test
  void diffAndGenerateNeedNoAutogenConfigurationAndNoFlags() throws Exception {
    Run diff = autogen("diff", "--verbose");
    assertThat(diff.code()).as(diff.toString()).isZero();
    // Spring Boot's naming: camelCase fields are snake_case columns, first_name is not dropped
    assertThat(diff.out())
        .contains("customer.loyalty_tier")
        .doesNotContain("first_name")
        .doesNotContain("firstname");
    assertThat(diff.err())
        .contains("Spring Boot project: pom.xml uses Spring Boot")
        .contains("url = ")
        .contains("(src/main/resources/application.yml (spring.datasource.url))")
        .contains("naming = spring  (Spring Boot's default physical naming")
        .contains("schema = " + schema)
        .contains("migrations = db/migrations  (src/main/resources/application.yml");

    Run generate = autogen("-m", "add_loyalty_tier", "--revision", "20260102000000");
    assertThat(generate.code()).as(generate.toString()).isZero();
    try (Stream<Path> files = Files.list(project.resolve("db/migrations"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("written into the folder spring.flyway.locations names")
          .contains("V1__customers.sql", "V20260102000000_1__add_loyalty_tier.sql");
    }
    assertThat(
            Files.readString(
                project.resolve("db/migrations/V20260102000000_1__add_loyalty_tier.sql")))
        .contains("ADD COLUMN loyalty_tier varchar(255)");
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
    // nothing autogen- or Spring-specific from the environment the tests run in
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
