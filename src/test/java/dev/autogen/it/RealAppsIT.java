package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real applications as published ({@code fixtures/realapps/*}): each app's own schema (its Flyway
 * folder, Liquibase changelog or SQL file, applied as the app applies it) is loaded into a schema
 * of its own, {@code autogen diff --format json} runs on the app's entity sources, and every change
 * it reports must be a reviewed row of the app's {@code expected.tsv}: real drift, a phantom (an
 * autogen defect, named in the row) or an unsupported mapping. A change that appears or disappears
 * fails the test, so fixing a phantom means updating its row.
 */
class RealAppsIT {
  private static final Path ROOT = Path.of("fixtures/realapps");
  private static final List<String> VERDICTS = List.of("real-drift", "phantom", "unsupported");

  static Stream<Path> apps() throws IOException {
    List<Path> apps = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("fixture.properties"))).forEach(apps::add);
    }
    assertThat(apps).as("apps under " + ROOT).hasSizeGreaterThanOrEqualTo(4);
    return apps.stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void everyReportedChangeIsAReviewedRow(Path app) throws Exception {
    Properties fixture = new Properties();
    try (Reader r = Files.newBufferedReader(app.resolve("fixture.properties"))) {
      fixture.load(r);
    }
    Map<String, String[]> expected = expected(app.resolve("expected.tsv"));
    String schema = LocalPostgres.newSchemaName("it_realapp");
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        load(c, schema, app, fixture);
        List<String> args =
            List.of(
                "diff",
                "--format",
                "json",
                "--url",
                LocalPostgres.URL,
                "--user",
                LocalPostgres.USER,
                "--password",
                LocalPostgres.PASSWORD,
                "--schema",
                schema,
                "--naming",
                fixture.getProperty("naming"),
                "--entities",
                app.resolve(fixture.getProperty("entities")).toString());
        // settings the app's own configuration makes (its Spring files are not read from here)
        String extra = fixture.getProperty("args", "").strip();
        if (!extra.isEmpty()) {
          args = new ArrayList<>(args);
          args.addAll(List.of(extra.split("\\s+")));
        }
        CliRun run = CliRun.of(args);
        // kept for the reviewer of expected.tsv: what autogen said about each change
        Path report = Path.of("target/realapps", app.getFileName() + ".json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, run.out() + run.err());
        List<String> text = new ArrayList<>(args);
        text.set(text.indexOf("json"), "text");
        text.add("--verbose");
        CliRun verbose = CliRun.of(text);
        Files.writeString(report.resolveSibling(app.getFileName() + ".txt"), verbose.out());
        String error = fixture.getProperty("expect.error");
        if (error != null) {
          // an app autogen refuses as published: the exact message is the expectation
          assertThat(run.code()).as(run.err()).isEqualTo(2);
          assertThat(run.err()).contains(error);
          return;
        }
        assertThat(run.code()).as(run.err()).isZero();
        TreeSet<String> reported = new TreeSet<>();
        for (JsonNode change : new ObjectMapper().readTree(run.out()).get("changes")) {
          reported.add(id(change));
        }
        assertThat(reported)
            .as("changes reported for %s (expected.tsv rows: id, verdict, reason)", app)
            .containsExactlyInAnyOrderElementsOf(expected.keySet());
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** A change as expected.tsv names it: kind, table, then column or object name when present. */
  static String id(JsonNode change) {
    StringBuilder id = new StringBuilder(change.get("kind").asText());
    id.append(' ').append(change.get("table").asText());
    if (change.hasNonNull("column")) {
      id.append('.').append(change.get("column").asText());
    }
    if (change.hasNonNull("name")) {
      id.append(' ').append(change.get("name").asText());
    }
    return id.toString();
  }

  private static Map<String, String[]> expected(Path tsv) throws IOException {
    Map<String, String[]> rows = new TreeMap<>();
    for (String line : Files.readAllLines(tsv)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      assertThat(row).as("%s: id, verdict, reason in %s", line, tsv).hasSize(3);
      assertThat(VERDICTS).as("verdict of %s in %s", row[0], tsv).contains(row[1]);
      assertThat(row[2]).as("reason of %s in %s", row[0], tsv).isNotBlank();
      assertThat(rows.put(row[0], row)).as("duplicate row %s in %s", row[0], tsv).isNull();
    }
    return rows;
  }

  /** Applies the app's schema the way the app does: Flyway, Liquibase or its plain SQL file. */
  private static void load(Connection c, String schema, Path app, Properties fixture)
      throws Exception {
    Path location = app.resolve(fixture.getProperty("schema.location")).toAbsolutePath();
    switch (fixture.getProperty("schema.kind")) {
      case "flyway" ->
          Flyway.configure()
              .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
              .schemas(schema)
              .locations("filesystem:" + location)
              .load()
              .migrate();
      case "liquibase" -> {
        try (Connection own = LocalPostgres.connectTo(schema)) {
          Database db =
              DatabaseFactory.getInstance()
                  .findCorrectDatabaseImplementation(new JdbcConnection(own));
          db.setDefaultSchemaName(schema);
          // the changelog's includes are relative to the classpath root the app ships them under
          try (Liquibase liquibase =
              new Liquibase(
                  fixture.getProperty("schema.changelog"),
                  new DirectoryResourceAccessor(location),
                  db)) {
            liquibase.update(
                new Contexts(fixture.getProperty("schema.contexts", "")), new LabelExpression());
          }
        }
      }
      case "sql" -> {
        LocalPostgres.execute(c, "SET search_path TO " + schema);
        LocalPostgres.execute(c, Files.readString(location));
        LocalPostgres.execute(c, "SET search_path TO DEFAULT");
      }
      default -> throw new IllegalArgumentException(fixture.getProperty("schema.kind"));
    }
  }
}
