package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.testing.GoldenDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every scenario folder under {@code fixtures/} through the whole tool on the real PostgreSQL:
 * database before ({@code current.sql}, {@code rows.sql}), entities after, generated files against
 * the golden ones, then apply with Flyway (expand, promote, contract), {@code diff} must be empty,
 * rows checked ({@code verify-up.sql}), every downgrade run in reverse, schema back to the start
 * and rows checked again ({@code verify-down.sql}). Adding a case is adding a folder.
 */
class ScenarioIT {

  private static final Dialect DIALECT = PostgresDialect.create();
  private static final String REVISION = "20260101000000";
  private static final String PROMOTED = "20260101000100";

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve("current.sql"))).sorted().toList();
    }
    assertThat(cases).as("scenario folders under fixtures/").isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path fixture) throws Exception {
    String name = fixture.getFileName().toString();
    String schema = LocalPostgres.newSchemaName("it_" + name);
    Path out = Path.of("target", "scenarios", name);
    deleteTree(out);
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        LocalPostgres.execute(c, "SET search_path TO " + schema);
        LocalPostgres.execute(c, Files.readString(fixture.resolve("current.sql")));
        if (Files.exists(fixture.resolve("rows.sql"))) {
          LocalPostgres.execute(c, Files.readString(fixture.resolve("rows.sql")));
        }
        Schema original = new Introspector(DIALECT).read(c, schema).current();

        List<String> common = commonArgs(fixture, schema, out);
        List<String> generate = new ArrayList<>(List.of("-m", name, "--revision", REVISION));
        generate.addAll(common);
        assertThat(cli(generate)).as("autogen -m for " + name).isZero();
        GoldenDirectory.assertMatches(out, fixture.resolve("expected/postgres"), name);

        migrate(schema, out.resolve("migration"));
        List<String> promote = new ArrayList<>(List.of("promote", "--revision", PROMOTED));
        promote.addAll(common);
        assertThat(cli(promote)).as("autogen promote").isZero();
        migrate(schema, out.resolve("migration"));

        List<String> diff = new ArrayList<>(List.of("diff", "--exit-code"));
        diff.addAll(common);
        assertThat(cli(diff)).as("autogen diff after every step of " + name).isZero();
        assertThat(
                LocalPostgres.queryBoolean(c, Files.readString(fixture.resolve("verify-up.sql"))))
            .as("rows after upgrade (verify-up.sql)")
            .isTrue();

        downgradeAll(c, out.resolve("rollback"));
        Schema after = new Introspector(DIALECT).read(c, schema).current();
        ChangeSet back = new Differ().diff(original, after, List.of());
        assertThat(back.changes()).as("schema after all downgrades of " + name).isEmpty();
        assertThat(
                LocalPostgres.queryBoolean(c, Files.readString(fixture.resolve("verify-down.sql"))))
            .as("rows after downgrade (verify-down.sql)")
            .isTrue();
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static List<String> commonArgs(Path fixture, String schema, Path out) throws IOException {
    List<String> args =
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
                fixture.resolve("entities").toString(),
                "--migrations",
                out.resolve("migration").toString(),
                "--deferred",
                out.resolve("deferred").toString(),
                "--rollback",
                out.resolve("rollback").toString()));
    Path extra = fixture.resolve("args");
    if (Files.exists(extra)) {
      Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
    }
    return args;
  }

  private static int cli(List<String> args) {
    CommandLine cl = dev.autogen.cli.Main.commandLine();
    StringWriter text = new StringWriter();
    cl.setOut(new PrintWriter(text));
    cl.setErr(new PrintWriter(text));
    int code = cl.execute(args.toArray(String[]::new));
    if (code != 0) {
      System.err.println("autogen " + args + " exited " + code + ":\n" + text);
    }
    return code;
  }

  private static void migrate(String schema, Path folder) {
    Flyway.configure()
        .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(false)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .locations("filesystem:" + folder.toAbsolutePath())
        // Flyway's default transactional lock would make CREATE INDEX CONCURRENTLY wait for it
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"))
        .load()
        .migrate();
  }

  /** Runs the downgrade scripts newest first, as an operator rolling back would. */
  private static void downgradeAll(Connection c, Path rollback) throws Exception {
    List<Path> undo;
    try (Stream<Path> s = Files.list(rollback)) {
      undo =
          s.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing((Path p) -> flywayVersion(p)).reversed())
              .toList();
    }
    for (Path u : undo) {
      String sql = Files.readString(u);
      ScriptRunner.run(c, sql, !sql.contains("run outside a transaction"));
    }
  }

  /** U20260101000000_3__x.sql -> comparable version "20260101000000.00003". */
  private static String flywayVersion(Path p) {
    String n = p.getFileName().toString();
    String v = n.substring(1, n.indexOf("__"));
    String[] parts = v.split("_");
    return parts[0]
        + "."
        + String.format("%05d", parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
