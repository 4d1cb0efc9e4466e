package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A Spring Boot project as a team has it, with nothing autogen-specific: a POM with Spring Boot's
 * parent (and, for the Maven plugin, the plugin declared), {@code application.yml} with the
 * datasource (a database of its own, created here and dropped on {@link #close()}) and a Flyway
 * placeholder, one Flyway migration that uses the placeholder, applied by the real Flyway; and
 * entities that moved on since: a new field and a new entity ("add_x").
 */
final class SpringBootScratchProject implements AutoCloseable {

  /** The revision the tests pass, so that file names are known in advance. */
  static final String REVISION = "20260102000000";

  /** Set in application.yml as spring.flyway.placeholders, as Spring Boot hands them to Flyway. */
  private static final Map<String, String> PLACEHOLDERS = Map.of("first_customer", "Ada");

  private final Path dir;
  private final String database;
  private final String url;

  private SpringBootScratchProject(Path dir, String database) {
    this.dir = dir;
    this.database = database;
    this.url = LocalPostgres.URL.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
  }

  /** Writes the project into {@code dir}, creates its database and migrates it with Flyway. */
  static SpringBootScratchProject create(Path dir, String pluginVersion) throws Exception {
    String database = "it_boot_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE DATABASE " + database);
    }
    SpringBootScratchProject project = new SpringBootScratchProject(dir, database);
    project.write(pluginVersion);
    assertThat(project.migrate()).as("the team's own migration").isEqualTo(1);
    return project;
  }

  Path dir() {
    return dir;
  }

  Path migrations() {
    return dir.resolve("src/main/resources/db/migration");
  }

  /** Applies the pending migrations with the real Flyway, configured as Spring Boot would. */
  int migrate() {
    return Flyway.configure()
        .dataSource(url, LocalPostgres.USER, LocalPostgres.PASSWORD)
        .locations("filesystem:" + migrations())
        .placeholders(PLACEHOLDERS)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** The first column of the first row of {@code sql} on the project's database. */
  String queryString(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  /**
   * What {@code -m add_x --revision REVISION} must have written: one Flyway file adding the column
   * and the table, beside the team's migration, and its downgrade in Spring Boot's sibling folder.
   */
  void assertAddXWritten() throws IOException {
    String name = "V" + REVISION + "_1__add_x.sql";
    try (Stream<Path> files = Files.list(migrations())) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sql")))
          .as("written into the folder Spring Boot's Flyway reads")
          .containsExactlyInAnyOrder("V1__customers.sql", name);
    }
    assertThat(Files.readString(migrations().resolve(name)))
        .contains("ADD COLUMN loyalty_tier varchar(255)")
        .contains("CREATE TABLE purchase_order")
        .contains("total_cents bigint NOT NULL")
        .contains("customer_id bigint");
    Path undo = dir.resolve("src/main/resources/db/rollback/U" + REVISION + "_1__add_x.sql");
    assertThat(undo).exists();
    assertThat(Files.readString(undo))
        .contains("DROP TABLE purchase_order")
        .contains("DROP COLUMN loyalty_tier");
  }

  /**
   * Applies the written file with the real Flyway: it runs, and the row the placeholder wrote is
   * still there.
   */
  void assertAddXApplies() throws SQLException {
    assertThat(migrate()).as("the generated migration").isEqualTo(1);
    assertThat(queryString("SELECT first_name FROM customer WHERE id = 1")).isEqualTo("Ada");
    assertThat(queryString("SELECT count(*) FROM purchase_order")).isEqualTo("0");
  }

  private void write(String pluginVersion) throws IOException {
    String plugin =
        pluginVersion == null
            ? ""
            : """
                <build>
                  <plugins>
                    <plugin>
                      <groupId>dev.autogen</groupId>
                      <artifactId>autogen-maven-plugin</artifactId>
                      <version>%s</version>
                    </plugin>
                  </plugins>
                </build>
              """
                .formatted(pluginVersion);
    write(
        "pom.xml",
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.5.7</version>
          </parent>
          <groupId>com.acme</groupId>
          <artifactId>shop</artifactId>
          <version>1.0.0</version>
          <dependencies>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-data-jpa</artifactId>
            </dependency>
            <dependency>
              <groupId>org.flywaydb</groupId>
              <artifactId>flyway-core</artifactId>
            </dependency>
          </dependencies>
        %s</project>
        """
            .formatted(plugin));
    StringBuilder placeholders = new StringBuilder();
    PLACEHOLDERS.forEach((k, v) -> placeholders.append("      ").append(k).append(": ").append(v));
    write(
        "src/main/resources/application.yml",
        """
        spring:
          datasource:
            url: %s
            username: %s
            password: "%s"
          flyway:
            placeholders:
        %s
        """
            .formatted(url, LocalPostgres.USER, LocalPostgres.PASSWORD, placeholders));
    write(
        "src/main/resources/db/migration/V1__customers.sql",
        """
        CREATE TABLE customer (id bigint PRIMARY KEY, first_name varchar(255));
        INSERT INTO customer (id, first_name) VALUES (1, '${first_customer}');
        """);
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
    write(
        "src/main/java/com/acme/shop/PurchaseOrder.java",
        """
        package com.acme.shop;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.ManyToOne;

        @Entity
        public class PurchaseOrder {
          @Id private Long id;
          @ManyToOne private Customer customer;
          private long totalCents;
        }
        """);
  }

  private void write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }
}
