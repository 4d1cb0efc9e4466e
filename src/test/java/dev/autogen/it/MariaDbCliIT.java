package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code autogen diff --url jdbc:mysql://...} end to end on the local MariaDB: option resolution
 * (the schema is the URL's database), the entity reader with the MySQL dialect, introspection and
 * the differ; the dev database path with MySQL-syntax migrations; {@code -m} against a live server
 * and a dev database, and its refusal to replay MySQL migrations on embedded PostgreSQL.
 */
class MariaDbCliIT {

  @TempDir Path dir;

  private static CliRun run(List<String> args) {
    return CliRun.of(args);
  }

  private List<String> diff(String url, Path entities, String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "diff",
                "--url",
                url,
                "--entities",
                entities.toString(),
                "--migrations",
                dir.resolve("db/migration").toString()));
    a.addAll(List.of(extra));
    return a;
  }

  private List<String> hibernateDdl(Path set) throws Exception {
    Path work = Files.createTempDirectory("autogen-mcli");
    try {
      return HibernateSchema.ddl(set, false, true, work, HibernateTarget.MARIADB);
    } finally {
      HibernateSchema.deleteTree(work);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ecommerce", "enums", "hibernate_extras", "inheritance_joined", "ids"})
  void diffFindsNothingAfterHibernatesSchema(String name) throws Exception {
    Path set = Path.of("fixtures", "hibernate", name);
    List<String> ddl = hibernateDdl(set);
    LocalMariaDb.inDatabase(
        "it_mcli",
        (c, database) -> {
          for (String statement : ddl) {
            LocalMariaDb.execute(c, statement);
          }
          // no --schema: the database named in the URL is read
          CliRun r = run(diff(LocalMariaDb.urlOf(database), set, "--exit-code"));
          assertThat(r.code()).as("autogen diff on %s:%n%s%n%s", name, r.out(), r.err()).isZero();
        });
  }

  @Test
  void diffReportsWhatTheDatabaseLacks() throws Exception {
    Path set = Path.of("fixtures", "hibernate", "enums");
    List<String> ddl = hibernateDdl(set);
    LocalMariaDb.inDatabase(
        "it_mcli",
        (c, database) -> {
          for (String statement : ddl) {
            LocalMariaDb.execute(c, statement);
          }
          LocalMariaDb.execute(c, "ALTER TABLE Ticket DROP COLUMN priority");
          CliRun r = run(diff(LocalMariaDb.urlOf(database), set, "--exit-code"));
          assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
          assertThat(r.out()).contains("add_column Ticket.priority");
          CliRun json = run(diff(LocalMariaDb.urlOf(database), set, "--format", "json"));
          assertThat(json.code()).as(json.err()).isZero();
          assertThat(json.out()).contains("\"dialect\" : \"mysql\"").contains("\"priority\"");
        });
  }

  @Test
  void writingMigrationsWorksAgainstALiveMariaDb() throws Exception {
    Path set = Path.of("fixtures", "hibernate", "enums");
    LocalMariaDb.inDatabase(
        "it_mcli",
        (c, database) -> {
          String url = LocalMariaDb.urlOf(database).replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
          List<String> args = new ArrayList<>(List.of("-m", "init"));
          args.addAll(diff(url, set).subList(1, 7));
          CliRun r = run(args);
          assertThat(r.code()).as(r.out() + r.err()).isZero();
          Path migrations = dir.resolve("db/migration");
          assertThat(migrations).isDirectoryContaining("glob:**V*__init.sql");
          String sql;
          try (var files = Files.list(migrations)) {
            Path first =
                files
                    .filter(p -> p.getFileName().toString().endsWith("__init.sql"))
                    .findFirst()
                    .get();
            sql = Files.readString(first);
          }
          assertThat(sql).contains("CREATE TABLE IF NOT EXISTS `").doesNotContain("\"");
        });
  }

  @Test
  void writingMigrationsWorksWithAMariaDbDevDatabase() throws Exception {
    Path set = Path.of("fixtures", "hibernate", "enums");
    String devUrl = LocalMariaDb.URL.replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
    CliRun r =
        run(
            List.of(
                "-m",
                "init",
                "--dev-url",
                devUrl,
                "--entities",
                set.toString(),
                "--migrations",
                dir.resolve("db/migration").toString()));
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(dir.resolve("db/migration")).isDirectoryContaining("glob:**V*__init.sql");
  }

  /**
   * End to end through the CLI: an {@code @Enumerated} column switched from ORDINAL to STRING on a
   * live MariaDB, with rows and Hibernate's range check. {@code -m} writes the in-place conversion
   * (through text), the files apply, every row keeps its constant and the diff is empty after.
   */
  @Test
  void anEnumSwitchedFromOrdinalToStringInPlaceIsWrittenAndApplies() throws Exception {
    Path entities = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        entities.resolve("Status.java"),
        """
        package com.example;

        public enum Status { SHIPPED, NEW, PAID }
        """);
    Files.writeString(
        entities.resolve("Orders.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "orders")
        public class Orders {
          @Id private Long id;

          @Enumerated(EnumType.STRING)
          private Status status;
        }
        """);
    LocalMariaDb.inDatabase(
        "it_mcli",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE orders (id bigint NOT NULL PRIMARY KEY, status tinyint,"
                  + " CHECK (status BETWEEN 0 AND 2))");
          LocalMariaDb.execute(c, "INSERT INTO orders VALUES (1, 0), (2, 1), (3, 2), (4, NULL)");
          String url = LocalMariaDb.urlOf(database);
          List<String> args = new ArrayList<>(List.of("-m", "to_names"));
          args.addAll(diff(url, dir.resolve("src")).subList(1, 7));
          CliRun r = run(args);
          assertThat(r.code()).as(r.out() + r.err()).isZero();
          List<Path> files;
          try (var listed = Files.walk(dir.resolve("db"))) {
            files =
                listed
                    .filter(p -> p.getFileName().toString().matches("V.*\\.sql"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
          }
          assertThat(files).isNotEmpty();
          String all = "";
          for (Path f : files) {
            String sql = Files.readString(f);
            all += sql;
            dev.autogen.devdb.ScriptRunner.run(c, sql, false);
          }
          assertThat(all).contains("varchar(20)").contains("WHEN '0' THEN 'SHIPPED'");
          List<String> statuses = new ArrayList<>();
          try (var st = c.createStatement();
              var rs = st.executeQuery("SELECT status FROM orders ORDER BY id")) {
            while (rs.next()) {
              statuses.add(rs.getString(1));
            }
          }
          assertThat(statuses).containsExactly("SHIPPED", "NEW", "PAID", null);
          CliRun after = run(diff(url, dir.resolve("src"), "--exit-code"));
          assertThat(after.code()).as(after.out() + after.err()).isZero();
        });
  }

  @Test
  void aColumnSpelledInAnotherCaseIsNoChange() throws Exception {
    Path entities = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        entities.resolve("Pet.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "pet")
        public class Pet {
          @Id private Long id;

          @Column(name = "Vet_id")
          private Long vetId;
        }
        """);
    LocalMariaDb.inDatabase(
        "it_mcli",
        (c, database) -> {
          LocalMariaDb.execute(
              c, "CREATE TABLE pet (id bigint NOT NULL PRIMARY KEY, vet_id bigint)");
          CliRun r = run(diff(LocalMariaDb.urlOf(database), dir.resolve("src"), "--exit-code"));
          assertThat(r.code()).as(r.out() + r.err()).isZero();
        });
  }

  @Test
  void aMysqlProjectWithoutADevDatabaseIsToldHowToGetOne() {
    Path set = Path.of("fixtures", "hibernate", "enums");
    CliRun r =
        run(
            List.of(
                "-m",
                "init",
                "--dialect",
                "mariadb",
                "--entities",
                set.toString(),
                "--migrations",
                dir.resolve("db/migration").toString()));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("needs a MySQL or MariaDB dev database")
        .contains("--dev-url")
        .contains("docker://mariadb:11");
    assertThat(dir.resolve("db/migration")).doesNotExist();
  }

  @Test
  void theDevDatabaseReplaysMysqlMigrationsInAThrowawayDatabase() throws Exception {
    Path set = Path.of("fixtures", "hibernate", "relations");
    Path migrations = Files.createDirectories(dir.resolve("db/migration"));
    String init = String.join(";\n", hibernateDdl(set)) + ";\n";
    Files.writeString(migrations.resolve("V1__init.sql"), "# created by Hibernate\n" + init);
    Files.writeString(
        migrations.resolve("V2__audit.sql"),
        """
        -- a trigger body keeps its semicolons between DELIMITER lines
        CREATE TABLE audit_log (id bigint AUTO_INCREMENT PRIMARY KEY, note varchar(40));
        DELIMITER //
        CREATE TRIGGER owner_audit AFTER INSERT ON Owner FOR EACH ROW
        BEGIN
          INSERT INTO audit_log (note) VALUES ('owner; added');
        END //
        DELIMITER ;
        DROP TABLE audit_log;
        DROP TRIGGER IF EXISTS owner_audit;
        """);
    List<String> args =
        List.of(
            "diff",
            "--dev-url",
            LocalMariaDb.URL,
            "--entities",
            set.toString(),
            "--migrations",
            migrations.toString(),
            "--exit-code");
    CliRun r = run(args);
    // that the throwaway database is dropped is DevDatabaseIT's to prove: other runs on the same
    // server may hold autogen_dev_ databases of their own at this moment
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  @Test
  void anUnreachableServerIsADatabaseError() {
    CliRun r =
        run(
            diff(
                "jdbc:mysql://127.0.0.1:1/test?user=root&connectTimeout=2000",
                Path.of("fixtures", "hibernate", "enums")));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot reach the database at jdbc:mysql://127.0.0.1:1/test");
  }
}
