package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real applications as published ({@code fixtures/realapps/*}): each app's own schema (its Flyway
 * folder, Liquibase changelog or SQL file, applied as the app applies it) is loaded into a schema
 * of its own on PostgreSQL, and on MariaDB for the apps that ship a MySQL schema ({@code databases}
 * in {@code fixture.properties}; {@code mariadb.}-prefixed keys say where it is). {@code autogen
 * diff --format json} runs on the app's entity sources, and every change it reports must be a
 * reviewed row of the app's {@code expected.tsv} ({@code expected-mariadb.tsv} on MariaDB): real
 * drift, a phantom (an autogen defect, named in the row) or an unsupported mapping. A change that
 * appears or disappears fails the test, so fixing a phantom means updating its row.
 */
class RealAppsIT {
  private static final Path ROOT = Path.of("fixtures/realapps");
  private static final List<String> VERDICTS = List.of("real-drift", "phantom", "unsupported");

  /** Every app with every server its {@code databases} names (PostgreSQL when it names none). */
  static Stream<Arguments> apps() throws IOException {
    List<Path> apps = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("fixture.properties"))).forEach(apps::add);
    }
    assertThat(apps).as("apps under " + ROOT).hasSizeGreaterThanOrEqualTo(4);
    List<Arguments> runs = new ArrayList<>();
    for (Path app : apps.stream().sorted().toList()) {
      for (String database : fixture(app).getProperty("databases", "postgresql").split("\\s+")) {
        runs.add(Arguments.of(app, RealAppServer.valueOf(database.toUpperCase(Locale.ROOT))));
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("apps")
  void everyReportedChangeIsAReviewedRow(Path app, RealAppServer server) throws Exception {
    Properties fixture = fixture(app);
    Map<String, String[]> expected = expected(app.resolve(server.expectedFile()));
    try (RealAppServer.Space space = server.open()) {
      load(space, app, fixture, server);
      List<String> args = new ArrayList<>(List.of("diff", "--format", "json"));
      args.addAll(space.cliArgs());
      args.addAll(
          List.of(
              "--naming",
              fixture.getProperty("naming"),
              "--entities",
              app.resolve(fixture.getProperty("entities")).toString()));
      // settings the app's own configuration makes (its Spring files are not read from here)
      String extra = fixture.getProperty("args", "").strip();
      if (!extra.isEmpty()) {
        args.addAll(List.of(extra.split("\\s+")));
      }
      CliRun run = CliRun.of(args);
      // kept for the reviewer of the expected rows: what autogen said about each change
      String report =
          app.getFileName() + (server == RealAppServer.POSTGRESQL ? "" : "-" + server.key());
      Path json = Path.of("target/realapps", report + ".json");
      Files.createDirectories(json.getParent());
      Files.writeString(json, run.out() + run.err());
      List<String> text = new ArrayList<>(args);
      text.set(text.indexOf("json"), "text");
      text.add("--verbose");
      CliRun verbose = CliRun.of(text);
      Files.writeString(json.resolveSibling(report + ".txt"), verbose.out());
      String error = fixture.getProperty("expect.error");
      if (error != null) {
        // an app autogen refuses as published: the exact message is the expectation
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(error);
        return;
      }
      assertThat(run.code()).as(run.err()).isZero();
      TreeSet<String> reported = new TreeSet<>();
      List<String> withoutDetails = new ArrayList<>();
      for (JsonNode change : new ObjectMapper().readTree(run.out()).get("changes")) {
        reported.add(id(change));
        if (!hasDetails(change)) {
          withoutDetails.add(id(change));
        }
      }
      assertThat(withoutDetails)
          .as("changes whose JSON lacks the before/after a reviewer judges them by")
          .isEmpty();
      assertThat(reported)
          .as(
              "changes reported for %s on %s (%s rows: id, verdict, reason)",
              app, server, server.expectedFile())
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
  }

  private static Properties fixture(Path app) throws IOException {
    Properties fixture = new Properties();
    try (Reader r = Files.newBufferedReader(app.resolve("fixture.properties"))) {
      fixture.load(r);
    }
    return fixture;
  }

  /**
   * A schema setting for {@code server}: its own ({@code mariadb.schema.location}) or the shared
   * one.
   */
  private static String setting(Properties fixture, RealAppServer server, String key) {
    return fixture.getProperty(server.key() + "." + key, fixture.getProperty(key));
  }

  /**
   * Whether a change's JSON carries what it is about: an added object its {@code after}, a dropped
   * one its {@code before}, any other change both.
   */
  static boolean hasDetails(JsonNode change) {
    String kind = change.get("kind").asText();
    boolean before = isObject(change.get("before"));
    boolean after = isObject(change.get("after"));
    if (kind.startsWith("add_")) {
      return after;
    }
    if (kind.startsWith("drop_")) {
      return before;
    }
    return before && after;
  }

  private static boolean isObject(JsonNode node) {
    return node != null && node.isObject() && !node.isEmpty();
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
  private static void load(
      RealAppServer.Space space, Path app, Properties fixture, RealAppServer server)
      throws Exception {
    Path location = app.resolve(setting(fixture, server, "schema.location")).toAbsolutePath();
    switch (setting(fixture, server, "schema.kind")) {
      case "flyway" ->
          space.flyway(Flyway.configure().locations("filesystem:" + location)).load().migrate();
      case "liquibase" -> {
        try (Connection own = space.connect()) {
          // the changelog's includes are relative to the classpath root the app ships them under
          try (Liquibase liquibase =
              new Liquibase(
                  setting(fixture, server, "schema.changelog"),
                  new DirectoryResourceAccessor(location),
                  space.liquibase(own))) {
            liquibase.update(
                new Contexts(
                    Objects.requireNonNullElse(setting(fixture, server, "schema.contexts"), "")),
                new LabelExpression());
          }
        }
      }
      case "sql" -> {
        try (Connection own = space.connect();
            Statement s = own.createStatement()) {
          s.execute(Files.readString(location));
        }
      }
      default -> throw new IllegalArgumentException(setting(fixture, server, "schema.kind"));
    }
  }
}
