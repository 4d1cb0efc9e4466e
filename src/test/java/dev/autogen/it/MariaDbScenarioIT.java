package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.testing.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The scenario round trip of {@link ScenarioIT} on the local MariaDB, for every fixture with a
 * {@code current.mariadb.sql}: database before ({@code current.mariadb.sql}, {@code rows.sql}),
 * entities after, generated files against {@code expected/mariadb/}, then each step applied with
 * the real Flyway (flyway-mysql) with rows present, its downgrade run and checked, the step run
 * again, promote, {@code diff --exit-code} empty, rows checked, every downgrade in reverse back to
 * the start. A fixture's {@code verify-up.mariadb.sql} / {@code verify-down.mariadb.sql} replace
 * the PostgreSQL queries where they use PostgreSQL-only SQL. Each case runs in its own database.
 */
class MariaDbScenarioIT {

  private static final Dialect DIALECT = MysqlDialect.create(MysqlFlavour.MARIADB);
  private static final String REVISION = "20260101000000";
  private static final String PROMOTED = "20260101000100";

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve("current.mariadb.sql"))).sorted().toList();
    }
    assertThat(cases).as("scenario folders with current.mariadb.sql").isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path fixture) throws Exception {
    String name = fixture.getFileName().toString();
    Path out = Path.of("target", "scenarios-mariadb", name);
    deleteTree(out);
    LocalMariaDb.inDatabase(
        "it_msc_" + name,
        (c, database) -> {
          runScript(c, Files.readString(fixture.resolve("current.mariadb.sql")));
          if (Files.exists(fixture.resolve("rows.sql"))) {
            runScript(c, Files.readString(fixture.resolve("rows.sql")));
          }
          Schema original = introspect(c, database);

          List<String> common = commonArgs(fixture, database, out);
          List<String> generate = new ArrayList<>(List.of("-m", name, "--revision", REVISION));
          generate.addAll(common);
          assertThat(cli(generate)).as("autogen -m for " + name).isZero();
          GoldenFiles.assertFolder(fixture.resolve("expected/mariadb"), out);

          Map<String, Schema> before = new HashMap<>();
          Set<String> applied = new HashSet<>();
          stepThrough(c, database, out, applied, before);
          List<String> promote = new ArrayList<>(List.of("promote", "--revision", PROMOTED));
          promote.addAll(common);
          assertThat(cli(promote)).as("autogen promote").isZero();
          stepThrough(c, database, out, applied, before);

          List<String> diff = new ArrayList<>(List.of("diff", "--exit-code"));
          diff.addAll(common);
          assertThat(cli(diff)).as("autogen diff after every step of " + name).isZero();
          assertThat(queryBoolean(c, verify(fixture, "verify-up")))
              .as("rows after upgrade (verify-up)")
              .isTrue();

          if (downgradeAll(c, database, out.resolve("rollback"), before)) {
            assertThat(new Differ().diff(original, introspect(c, database), List.of()).changes())
                .as("schema after all downgrades of " + name)
                .isEmpty();
            assertThat(queryBoolean(c, verify(fixture, "verify-down")))
                .as("rows after downgrade (verify-down)")
                .isTrue();
          }
        });
  }

  private static String verify(Path fixture, String name) throws IOException {
    Path mariadb = fixture.resolve(name + ".mariadb.sql");
    return Files.readString(Files.exists(mariadb) ? mariadb : fixture.resolve(name + ".sql"));
  }

  private static List<String> commonArgs(Path fixture, String database, Path out)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--url",
                LocalMariaDb.urlOf(database),
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

  /** The real Flyway with its MySQL support (DELIMITER, executeInTransaction from .conf). */
  private static void migrate(String database, Path folder, String target) {
    Flyway.configure()
        .dataSource(LocalMariaDb.urlOf(database), null, null)
        .schemas(database)
        .defaultSchema(database)
        .createSchemas(false)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .locations("filesystem:" + folder.toAbsolutePath())
        .target(target)
        .load()
        .migrate();
  }

  /** As {@link ScenarioIT}: each step applied, downgraded, checked and applied again. */
  private static void stepThrough(
      Connection c, String database, Path out, Set<String> applied, Map<String, Schema> before)
      throws Exception {
    for (MigrationFile m : MigrationFolder.list(out.resolve("migration"))) {
      String file = m.path().getFileName().toString();
      if (!applied.add(file)) {
        continue;
      }
      Schema previous = introspect(c, database);
      migrate(database, out.resolve("migration"), m.version());
      Schema after = introspect(c, database);
      Path undo = out.resolve("rollback").resolve("U" + file.substring(1));
      assertThat(undo).as("downgrade of " + file).exists();
      runScript(c, Files.readString(undo));
      assertThat(new Differ().diff(previous, introspect(c, database), List.of()).changes())
          .as("schema after the downgrade of " + file + " equals the schema before it")
          .isEmpty();
      runScript(c, Files.readString(m.path()));
      assertThat(new Differ().diff(after, introspect(c, database), List.of()).changes())
          .as(file + " applied again after its downgrade")
          .isEmpty();
      // DDL commits statement by statement, so a file that stopped half way is run again from its
      // first statement: every statement must be a no-op where its work is done
      runScript(c, Files.readString(m.path()));
      assertThat(new Differ().diff(after, introspect(c, database), List.of()).changes())
          .as(file + " run a second time")
          .isEmpty();
      before.put(undo.getFileName().toString(), previous);
    }
  }

  private static boolean downgradeAll(
      Connection c, String database, Path rollback, Map<String, Schema> before) throws Exception {
    List<Path> undo;
    try (Stream<Path> s = Files.list(rollback)) {
      undo =
          s.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing((Path p) -> flywayVersion(p)).reversed())
              .toList();
    }
    for (Path u : undo) {
      String sql = Files.readString(u);
      runScript(c, sql);
      assertThat(
              new Differ()
                  .diff(before.get(u.getFileName().toString()), introspect(c, database), List.of())
                  .changes())
          .as("schema after " + u.getFileName())
          .isEmpty();
      if (sql.contains("IRREVERSIBLE")) {
        return false;
      }
    }
    return true;
  }

  /** MySQL DDL commits by itself: every script runs statement by statement. */
  private static void runScript(Connection c, String sql) throws Exception {
    ScriptRunner.run(c, sql, false);
  }

  private static boolean queryBoolean(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.strip().replaceFirst(";$", ""))) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static Schema introspect(Connection c, String database) throws Exception {
    return new Introspector(DIALECT).read(c, database).current();
  }

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
