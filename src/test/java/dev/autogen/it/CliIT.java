package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, one-line errors, JSON shape, nothing half-written. */
class CliIT {

  @TempDir Path dir;
  private String schema;
  private Connection connection;

  @BeforeEach
  void createSchema() throws Exception {
    schema = LocalPostgres.newSchemaName("it_cli");
    connection = LocalPostgres.connect();
    LocalPostgres.execute(connection, "CREATE SCHEMA " + schema);
    LocalPostgres.execute(connection, "SET search_path TO " + schema);
    LocalPostgres.execute(
        connection, Files.readString(Path.of("fixtures/add_not_null/current.sql")));
    LocalPostgres.execute(connection, Files.readString(Path.of("fixtures/add_not_null/rows.sql")));
  }

  @AfterEach
  void dropSchema() throws Exception {
    LocalPostgres.execute(connection, "DROP SCHEMA " + schema + " CASCADE");
    connection.close();
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private List<String> args(Path entities, String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "--url",
                LocalPostgres.URL,
                "--user",
                LocalPostgres.USER,
                "--password",
                LocalPostgres.PASSWORD,
                "--schema",
                schema,
                "--entities",
                entities.toString(),
                "--migrations",
                dir.resolve("db/migration").toString()));
    a.addAll(List.of(extra));
    return a;
  }

  private CliRun generate(Path entities, String... extra) {
    List<String> a = new ArrayList<>(List.of("-m", "change", "--revision", "20260101000000"));
    a.addAll(args(entities, extra));
    return run(a.toArray(String[]::new));
  }

  private long filesWritten() throws IOException {
    if (!Files.exists(dir.resolve("db"))) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir.resolve("db"))) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  private Path entities(String source) throws IOException {
    Path root = dir.resolve("entities");
    Path file = root.resolve("com/example/User.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return root;
  }

  @Test
  void missingBackfillNamesTheColumnAndHowToGiveItAndWritesNothing() throws Exception {
    CliRun r = generate(Path.of("fixtures/add_not_null/entities"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("users.tier").contains("--backfill users.tier=");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(filesWritten()).isZero();
  }

  @Test
  void fieldThatKeptItsJavaNameStopsDropPlusAddUntilConfirmed() throws Exception {
    // the field is still called email; only its column name changed
    Path root =
        entities(
            "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"users\")\n"
                + "public class User {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
                + "  private Long id;\n  @Column(nullable = false) private String username;\n"
                + "  @Column(name = \"email_address\") private String email;\n}\n");
    CliRun stopped = generate(root);
    assertThat(stopped.code()).isEqualTo(2);
    assertThat(stopped.out())
        .contains("looks like a rename")
        .contains("most likely a rename")
        .contains("--rename users.email=email_address")
        .contains("--no-rename-check");
    assertThat(filesWritten()).isZero();

    CliRun confirmed = generate(root, "--rename", "users.email=email_address");
    assertThat(confirmed.code()).as(confirmed.err()).isZero();
    assertThat(filesWritten()).isPositive();
  }

  @Test
  void aNeverAnalysedTableWithRowsIsNotGuardedAsEmpty() throws Exception {
    // issue 13: reltuples = -1 read as "empty" put a guard in the contract that fails on deploy
    LocalPostgres.execute(
        connection, "CREATE TABLE legacy (id integer) WITH (autovacuum_enabled = false)");
    LocalPostgres.execute(connection, "INSERT INTO legacy VALUES (1), (2)");
    LocalPostgres.execute(
        connection, "CREATE TABLE unused (id integer) WITH (autovacuum_enabled = false)");
    Path root =
        entities(
            "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"users\")\n"
                + "public class User {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
                + "  private Long id;\n  @Column(nullable = false) private String username;\n"
                + "  private String email;\n  private String nickname;\n}\n");

    CliRun r = generate(root);

    assertThat(r.code()).as(r.err()).isZero();
    String written;
    try (Stream<Path> s = Files.walk(dir.resolve("db"))) {
      written =
          s.filter(Files::isRegularFile)
              .map(
                  f -> {
                    try {
                      return Files.readString(f);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .collect(java.util.stream.Collectors.joining("\n"));
    }
    assertThat(written).contains("DROP TABLE").contains("unused").contains("legacy");
    assertThat(written.lines().filter(l -> l.contains("was empty when")))
        .as(written)
        .hasSize(1)
        .allSatisfy(l -> assertThat(l).contains("unused").doesNotContain("legacy"));
  }

  @Test
  void noRenameCheckAcceptsDropPlusAdd() throws Exception {
    Path root =
        entities(
            "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"users\")\n"
                + "public class User {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
                + "  private Long id;\n  @Column(nullable = false) private String username;\n"
                + "  @Column(name = \"email_address\") private String email;\n}\n");
    CliRun r = generate(root, "--no-rename-check");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("looks like a rename").doesNotContain("most likely a rename");
  }

  @Test
  void convertedColumnChangingTypeAsksForTheConversion() throws Exception {
    // the converter is known from the entity sources only, not from the schema
    Path root =
        entities(
            "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"users\")\n"
                + "public class User {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
                + "  private Long id;\n  @Column(nullable = false) private String username;\n"
                + "  @Convert(converter = Flag.class) private Boolean email;\n}\n");
    Files.writeString(
        root.resolve("com/example/Flag.java"),
        "package com.example;\nimport jakarta.persistence.*;\n"
            + "@Converter public class Flag implements AttributeConverter<Boolean, Integer> {\n"
            + "  public Integer convertToDatabaseColumn(Boolean b) { return b ? 1 : 0; }\n"
            + "  public Boolean convertToEntityAttribute(Integer i) { return i == 1; }\n}\n");
    CliRun r = generate(root);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("users.email is stored through the converter")
        .contains("--backfill users.email=");
    assertThat(filesWritten()).isZero();
  }

  @Test
  void unparsableJavaIsAOneLineErrorNamingFileAndLine() throws Exception {
    Path root =
        entities(
            "package com.example;\n\n@jakarta.persistence.Entity\npublic class User {\n  private Long id\n}\n");
    CliRun r = generate(root);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("User.java:");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(filesWritten()).isZero();
  }

  @Test
  void unknownAnnotationValueIsAnError() throws Exception {
    Path root =
        entities(
            "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"users\")\n"
                + "public class User {\n  @Id @GeneratedValue(strategy = GenerationType.FOO)\n  private Long id;\n}\n");
    CliRun r = generate(root);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("User.java:5").contains("FOO");
    assertThat(filesWritten()).isZero();
  }

  @Test
  void unreachableDatabaseExitsThreeWithoutPrintingThePassword() {
    CliRun r =
        run(
            "diff",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2",
            "--user",
            "postgres",
            "--password",
            "s3cret-pw",
            "--entities",
            "fixtures/add_not_null/entities");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("cannot reach the database").doesNotContain("s3cret-pw");
    assertThat(r.out() + r.err()).doesNotContain("s3cret-pw");
  }

  @Test
  void diffPrintsJsonAndExitCodeOneWhenThereAreChanges() throws Exception {
    List<String> a = new ArrayList<>(List.of("diff", "--format", "json", "--exit-code"));
    a.addAll(args(Path.of("fixtures/add_not_null/entities"), "--backfill", "users.tier='basic'"));
    CliRun r = run(a.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("dialect").asText()).isEqualTo("postgres");
    JsonNode change = json.get("changes").get(0);
    assertThat(change.get("kind").asText()).isEqualTo("add_column");
    assertThat(change.get("table").asText()).isEqualTo("users");
    assertThat(change.get("column").asText()).isEqualTo("tier");
    assertThat(change.get("compatibility").asText()).isEqualTo("breaking");
    assertThat(change.get("reason").asText()).contains("tier");
    assertThat(change.get("hazards").get(0).get("code").asText()).isEqualTo("breaks_old_code");
    assertThat(change.get("phase").asText()).isEqualTo("expand");
    assertThat(filesWritten()).as("diff writes nothing").isZero();
  }

  @Test
  void diffReportsEachChangeWithBothSidesAndListsWhatItDidNotCompare() throws Exception {
    // issue 13: a composite key showed as drop + add with no columns; opaque indexes went unsaid
    LocalPostgres.execute(
        connection,
        "CREATE TABLE member (org_id bigint NOT NULL, user_id bigint NOT NULL, role varchar(20),"
            + " PRIMARY KEY (user_id))");
    LocalPostgres.execute(connection, "CREATE INDEX member_role_desc ON member (role DESC)");
    LocalPostgres.execute(
        connection, "CREATE INDEX member_admins ON member (user_id) WHERE role = 'admin'");
    Path root =
        entities(
            Files.readString(Path.of("fixtures/new_table/entities/com/example/shop/User.java")));
    Files.writeString(
        root.resolve("com/example/Member.java"),
        "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"member\")"
            + " @IdClass(Member.Key.class)\npublic class Member {\n"
            + "  public record Key(Long userId, Long orgId) {}\n"
            + "  @Id @Column(name = \"user_id\") Long userId;\n"
            + "  @Id @Column(name = \"org_id\") Long orgId;\n"
            + "  @Column(length = 40) String role;\n}\n");
    List<String> a = new ArrayList<>(List.of("diff", "--format", "json"));
    a.addAll(args(root));

    JsonNode json = new ObjectMapper().readTree(run(a.toArray(String[]::new)).out());

    java.util.Map<String, JsonNode> byKind = new java.util.HashMap<>();
    json.get("changes").forEach(c -> byKind.put(c.get("kind").asText(), c));
    JsonNode type = byKind.get("alter_column_type");
    assertThat(type.get("before").get("type").asText()).isEqualTo("varchar(20)");
    assertThat(type.get("after").get("type").asText()).isEqualTo("varchar(40)");
    assertThat(type.get("before").get("nullable").asBoolean()).isTrue();
    // Hibernate orders @IdClass key columns by attribute name (a key that differs only in column
    // order is no change against entities, which cannot state it: DifferTest)
    assertThat(byKind.get("drop_primary_key").get("before").get("columns").toString())
        .isEqualTo("[\"user_id\"]");
    assertThat(byKind.get("add_primary_key").get("after").get("columns").toString())
        .isEqualTo("[\"org_id\",\"user_id\"]");
    assertThat(json.get("not_compared"))
        .extracting(n -> n.get("name").asText() + " " + n.get("reason").asText())
        .containsExactly("member_admins partial", "member_role_desc descending");

    List<String> t = new ArrayList<>(List.of("diff"));
    t.addAll(args(root));
    String text = run(t.toArray(String[]::new)).out();
    assertThat(text)
        .contains("was: name role, type varchar(20), nullable true")
        .contains("now: name role, type varchar(40), nullable true")
        .contains(
            "not compared: index member.member_role_desc (descending): CREATE INDEX"
                + " member_role_desc ON")
        .contains("not compared: index member.member_admins (partial)");
  }

  @Test
  void anEntityOverAViewIsNeverCreatedAsATableAndIsReportedWithItsMissingColumns()
      throws Exception {
    LocalPostgres.execute(connection, "CREATE VIEW active_users AS SELECT id, username FROM users");
    Path root =
        entities(
            Files.readString(Path.of("fixtures/new_table/entities/com/example/shop/User.java")));
    Files.writeString(
        root.resolve("com/example/ActiveUser.java"),
        "package com.example;\nimport jakarta.persistence.*;\n"
            + "@Entity @org.hibernate.annotations.Immutable @Table(name = \"active_users\")\n"
            + "public class ActiveUser {\n  @Id Long id;\n  String username;\n"
            + "  String nickname;\n}\n");
    List<String> a = new ArrayList<>(List.of("diff", "--format", "json"));
    a.addAll(args(root));

    JsonNode json = new ObjectMapper().readTree(run(a.toArray(String[]::new)).out());

    assertThat(json.get("changes")).isEmpty();
    assertThat(json.get("not_compared"))
        .extracting(n -> n.get("kind").asText() + " " + n.get("name").asText())
        .containsExactly("view active_users");
    assertThat(json.get("not_compared").get(0).get("reason").asText())
        .isEqualTo("an entity maps this view, which lacks its columns nickname");
    List<String> text = new ArrayList<>(List.of("diff"));
    text.addAll(args(root));
    assertThat(run(text.toArray(String[]::new)).out())
        .contains(
            "not compared: view active_users (an entity maps this view, which lacks its columns"
                + " nickname): columns id, username");
    CliRun generated = generate(root);
    assertThat(generated.code()).as(generated.err()).isZero();
    assertThat(filesWritten()).isZero();
  }

  @Test
  void aPrimaryKeyLeavingOutThePartitionKeyIsAnErrorAndPartitionsAreNoTables() throws Exception {
    LocalPostgres.execute(
        connection,
        "CREATE TABLE event (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at)");
    LocalPostgres.execute(
        connection,
        "CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO"
            + " ('2025-01-01')");
    Path root =
        entities(
            Files.readString(Path.of("fixtures/new_table/entities/com/example/shop/User.java")));
    Files.writeString(
        root.resolve("com/example/Event.java"),
        "package com.example;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"event\")\n"
            + "public class Event {\n  @Id Long id;\n  @Column(nullable = false)"
            + " java.time.LocalDate at;\n}\n");
    List<String> a = new ArrayList<>(List.of("diff", "--format", "json"));
    a.addAll(args(root));

    JsonNode json = new ObjectMapper().readTree(run(a.toArray(String[]::new)).out());

    assertThat(json.get("changes"))
        .extracting(c -> c.get("kind").asText() + " " + c.get("table").asText())
        .containsExactly("add_primary_key event");
    assertThat(json.get("changes").get(0).get("hazards"))
        .anySatisfy(
            h -> {
              assertThat(h.get("message").asText())
                  .isEqualTo(
                      "event is partitioned by at, which the key (id) leaves out: the database"
                          + " refuses it");
              assertThat(h.get("severity").asText()).isEqualTo("error");
            });
  }

  @Test
  void diffWithoutChangesExitsZero() throws Exception {
    Path root =
        entities(
            Files.readString(Path.of("fixtures/new_table/entities/com/example/shop/User.java")));
    List<String> a = new ArrayList<>(List.of("diff", "--exit-code"));
    a.addAll(args(root));
    CliRun r = run(a.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("No changes");
  }

  @Test
  void anExistingFileStopsTheRunBeforeAnythingIsWritten() throws Exception {
    Path clash = dir.resolve("db/migration/V20260101000000_1__change.sql");
    Files.createDirectories(clash.getParent());
    Files.writeString(clash, "-- mine");
    CliRun r =
        generate(Path.of("fixtures/add_not_null/entities"), "--backfill", "users.tier='basic'");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("already exists");
    assertThat(filesWritten()).isEqualTo(1);
    assertThat(Files.readString(clash)).isEqualTo("-- mine");
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    assertThat(
            run("diff", "--naming", "kebab", "--entities", "fixtures/add_not_null/entities").code())
        .isEqualTo(2);
    assertThat(run("diff", "--no-such-option").code()).isEqualTo(2);
    assertThat(
            run("diff", "--entities", dir.resolve("missing").toString(), "--url", LocalPostgres.URL)
                .code())
        .isEqualTo(2);
    Path config = dir.resolve("autogen.properties");
    Files.writeString(config, "urll=jdbc:postgresql://x\n");
    CliRun r = run("diff", "--config", config.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown key 'urll'");
    assertThat(run("diff", "--rename", "nonsense").code()).isEqualTo(2);
  }
}
