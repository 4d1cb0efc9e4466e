package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.testing.GoldenFiles;
import dev.autogen.testing.SchemaSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every scenario folder under {@code fixtures/} through the whole tool on the real PostgreSQL:
 * database before ({@code current.sql}, {@code rows.sql}), entities after, generated files against
 * the golden ones, then apply with Flyway (expand, promote, contract), {@code diff} must be empty,
 * rows checked ({@code verify-up.sql}), every downgrade run in reverse, schema back to the start
 * and rows checked again ({@code verify-down.sql}). The schema read after {@code current.sql} must
 * match its snapshot {@code expected/postgres.current.txt}, which {@code ScenarioStagesTest} runs
 * the stages on without a database. Adding a case is adding a folder.
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
        Introspection read = new Introspector(DIALECT).read(c, schema);
        // the input of ScenarioStagesTest, which runs the stages without a database; the server's
        // major version only, as the dialect's facts follow majors
        GoldenFiles.assertMatches(
            fixture.resolve("expected/postgres.current.txt"),
            SchemaSnapshot.format(
                new Introspection(
                    read.current(),
                    read.statistics(),
                    ServerVersion.parse(read.serverVersion())
                        .map(v -> String.valueOf(v.major()))
                        .orElse(read.serverVersion()),
                    read.timeZone())));
        Schema original = read.current();

        List<String> common = commonArgs(fixture, schema, out);
        List<String> generate = new ArrayList<>(List.of("-m", name, "--revision", REVISION));
        generate.addAll(common);
        assertThat(cli(generate)).as("autogen -m for " + name).isZero();
        GoldenFiles.assertFolder(fixture.resolve("expected/postgres"), out);

        Map<String, Schema> before = new HashMap<>();
        Set<String> applied = new HashSet<>();
        stepThrough(c, schema, out, applied, before);
        List<String> promote = new ArrayList<>(List.of("promote", "--revision", PROMOTED));
        promote.addAll(common);
        assertThat(cli(promote)).as("autogen promote").isZero();
        assertThat(out.resolve("deferred"))
            .satisfiesAnyOf(
                d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
        stepThrough(c, schema, out, applied, before);

        List<String> diff = new ArrayList<>(List.of("diff", "--exit-code"));
        diff.addAll(common);
        assertThat(cli(diff)).as("autogen diff after every step of " + name).isZero();
        assertThat(
                LocalPostgres.queryBoolean(c, Files.readString(fixture.resolve("verify-up.sql"))))
            .as("rows after upgrade (verify-up.sql)")
            .isTrue();

        if (downgradeAll(c, schema, out.resolve("rollback"), before)) {
          assertThat(new Differ().diff(original, introspect(c, schema), List.of()).changes())
              .as("schema after all downgrades of " + name)
              .isEmpty();
          assertThat(
                  LocalPostgres.queryBoolean(
                      c, Files.readString(fixture.resolve("verify-down.sql"))))
              .as("rows after downgrade (verify-down.sql)")
              .isTrue();
        }
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

  private static void migrate(String schema, Path folder, String target) {
    var flyway =
        Flyway.configure()
            .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(false)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .locations("filesystem:" + folder.toAbsolutePath())
            .target(target);
    // Flyway's default lock is held in an open transaction, which CREATE INDEX CONCURRENTLY would
    // wait for until lock_timeout cancels it
    flyway
        .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
    flyway.load().migrate();
  }

  /**
   * Applies each pending migration with Flyway, one version at a time; right after each, runs its
   * downgrade and checks the schema is what it was before the step, then runs the step again.
   * Records the schema before each step under the name of its undo file.
   */
  private static void stepThrough(
      Connection c, String schema, Path out, Set<String> applied, Map<String, Schema> before)
      throws Exception {
    for (MigrationFile m : MigrationFolder.list(out.resolve("migration"))) {
      String file = m.path().getFileName().toString();
      if (!applied.add(file)) {
        continue;
      }
      Schema previous = introspect(c, schema);
      migrate(schema, out.resolve("migration"), m.version());
      Schema after = introspect(c, schema);
      Path undo = out.resolve("rollback").resolve("U" + file.substring(1));
      assertThat(undo).as("downgrade of " + file).exists();
      runScript(c, undo);
      assertThat(new Differ().diff(previous, introspect(c, schema), List.of()).changes())
          .as("schema after the downgrade of " + file + " equals the schema before it")
          .isEmpty();
      ScriptRunner.run(c, Files.readString(m.path()), m.transactional());
      assertThat(new Differ().diff(after, introspect(c, schema), List.of()).changes())
          .as(file + " applied again after its downgrade")
          .isEmpty();
      before.put(undo.getFileName().toString(), previous);
    }
  }

  /**
   * Runs the downgrade scripts newest first, as an operator rolling back would, checking the schema
   * after each. Stops after an irreversible one (its data is gone, so older downgrades that need it
   * cannot succeed); returns whether the whole chain ran.
   */
  private static boolean downgradeAll(
      Connection c, String schema, Path rollback, Map<String, Schema> before) throws Exception {
    List<Path> undo;
    try (Stream<Path> s = Files.list(rollback)) {
      undo =
          s.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing((Path p) -> flywayVersion(p)).reversed())
              .toList();
    }
    for (Path u : undo) {
      String sql = runScript(c, u);
      assertThat(
              new Differ()
                  .diff(before.get(u.getFileName().toString()), introspect(c, schema), List.of())
                  .changes())
          .as("schema after " + u.getFileName())
          .isEmpty();
      if (sql.contains("IRREVERSIBLE")) {
        return false;
      }
    }
    return true;
  }

  private static String runScript(Connection c, Path script) throws Exception {
    String sql = Files.readString(script);
    ScriptRunner.run(c, sql, !sql.contains("run outside a transaction"));
    return sql;
  }

  private static Schema introspect(Connection c, String schema) throws Exception {
    return new Introspector(DIALECT).read(c, schema).current();
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
