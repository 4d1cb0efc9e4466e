package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.testing.GoldenFiles;
import dev.autogen.testing.ScenarioArgs;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import picocli.CommandLine;

/**
 * The scenario round trip every fixture folder goes through on one real server: database before,
 * entities after, generated files against the golden ones, then each step applied with the real
 * Flyway, its downgrade run and checked, the step run again, promote, {@code diff --exit-code}
 * empty, rows checked, every downgrade in reverse back to the start, rows checked again. What
 * differs between servers (how a throwaway schema is made, how Flyway and scripts run, which files
 * a fixture has for it) is the {@link Server} given.
 */
final class ScenarioRunner {

  /**
   * Where a server's cases live: {@code currentFile} builds the database before (e.g. {@code
   * current.sql}; a fixture without it is no case for this server), {@code expectedFolder} under
   * the fixture holds the expected files (e.g. {@code expected/postgres}), the generated files go
   * under {@code outputRoot}.
   */
  record Layout(Dialect dialect, String currentFile, String expectedFolder, Path outputRoot) {}

  /** What the round trip needs of one server. */
  interface Server {

    /**
     * Runs {@code work} in a fresh schema (or database) named after {@code name}, then drops it.
     */
    void inFreshSchema(String name, LocalPostgres.SchemaWork work) throws Exception;

    /** Runs a fixture's setup SQL ({@code current*.sql}, {@code rows.sql}). */
    void setUp(Connection c, String sql) throws Exception;

    /** Checks made on the database before, before autogen runs; none by default. */
    default void checkBefore(Path fixture, Connection c, String schema) throws Exception {}

    /** The CLI arguments that reach {@code schema}. */
    List<String> connectionArgs(String schema);

    /** Applies the migrations of {@code folder} up to {@code target} with the real Flyway. */
    void migrate(String schema, Path folder, String target);

    /** Runs a script, in one transaction where the server can and {@code transactional} says. */
    void runScript(Connection c, String sql, boolean transactional) throws Exception;

    /**
     * Whether each step is run a second time: where DDL commits statement by statement, a file that
     * stopped half way is run again from its first statement, so each must be a no-op once done.
     */
    boolean rerunsEachStep();

    /** Checks made right after {@code promote}; none by default. */
    default void checkPromoted(Path out) {}

    /** Whether the fixture's {@code verify-up} / {@code verify-down} query holds. */
    boolean verify(Connection c, Path fixture, String name) throws Exception;

    /**
     * The file of each fixture that holds its old- and new-code workloads ({@link
     * ScenarioWorkloads}), which then run around every step ({@link Rollout}); none by default.
     */
    default Optional<String> workloadFile() {
      return Optional.empty();
    }

    /** A connection to {@code schema} as an application instance has it. */
    default Connection connectApp(String schema) throws Exception {
      throw new UnsupportedOperationException("no workloads on this server");
    }
  }

  private static final String REVISION = "20260101000000";
  private static final String PROMOTED = "20260101000100";

  private final Layout layout;
  private final Server server;

  ScenarioRunner(Layout layout, Server server) {
    this.layout = layout;
    this.server = server;
  }

  /** One test per fixture folder that has the server's {@link Layout#currentFile()}. */
  Stream<DynamicTest> scenarios() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve(layout.currentFile()))).sorted().toList();
    }
    assertThat(cases).as("scenario folders with " + layout.currentFile()).isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path fixture) throws Exception {
    String name = fixture.getFileName().toString();
    Path out = layout.outputRoot().resolve(name);
    deleteTree(out);
    server.inFreshSchema(name, (c, schema) -> roundTrip(fixture, name, out, c, schema));
  }

  private void roundTrip(Path fixture, String name, Path out, Connection c, String schema)
      throws Exception {
    server.setUp(c, Files.readString(fixture.resolve(layout.currentFile())));
    if (Files.exists(fixture.resolve("rows.sql"))) {
      server.setUp(c, Files.readString(fixture.resolve("rows.sql")));
    }
    server.checkBefore(fixture, c, schema);
    Schema original = introspect(c, schema);

    List<String> common = commonArgs(fixture, schema, out);
    List<String> generate = new ArrayList<>(List.of("-m", name, "--revision", REVISION));
    generate.addAll(common);
    assertThat(cli(generate)).as("autogen -m for " + name).isZero();
    GoldenFiles.assertFolder(fixture.resolve(layout.expectedFolder()), out);

    Map<String, Schema> before = new HashMap<>();
    Set<String> applied = new HashSet<>();
    Optional<ScenarioWorkloads> workloads = workloads(fixture);
    try (Connection oldApp = appConnection(workloads, schema);
        Connection newApp = appConnection(workloads, schema)) {
      Optional<Rollout> rollout = workloads.map(w -> new Rollout(oldApp, newApp, w.versions()));
      rollout.ifPresent(Rollout::begin);
      stepThrough(c, schema, out, applied, before, rollout);
      List<String> promote = new ArrayList<>(List.of("promote", "--revision", PROMOTED));
      promote.addAll(common);
      assertThat(cli(promote)).as("autogen promote").isZero();
      server.checkPromoted(out);
      stepThrough(c, schema, out, applied, before, rollout);
      if (rollout.isPresent()) {
        rollout.get().end();
        workloads.get().checkAndRemoveRows(newApp);
      }
    }

    List<String> diff = new ArrayList<>(List.of("diff", "--exit-code"));
    diff.addAll(common);
    assertThat(cli(diff)).as("autogen diff after every step of " + name).isZero();
    assertThat(server.verify(c, fixture, "verify-up"))
        .as("rows after upgrade (verify-up)")
        .isTrue();

    if (downgradeAll(c, schema, out.resolve("rollback"), before)) {
      assertThat(new Differ().diff(original, introspect(c, schema), List.of()).changes())
          .as("schema after all downgrades of " + name)
          .isEmpty();
      assertThat(server.verify(c, fixture, "verify-down"))
          .as("rows after downgrade (verify-down)")
          .isTrue();
    }
  }

  /** The fixture's workloads, where the server runs them: a case without its file fails. */
  private Optional<ScenarioWorkloads> workloads(Path fixture) throws IOException {
    if (server.workloadFile().isEmpty()) {
      return Optional.empty();
    }
    Path file = fixture.resolve(server.workloadFile().get());
    assertThat(file).as("the old- and new-code workloads of " + fixture).exists();
    return Optional.of(ScenarioWorkloads.read(file));
  }

  private Connection appConnection(Optional<ScenarioWorkloads> workloads, String schema)
      throws Exception {
    return workloads.isPresent() ? server.connectApp(schema) : null;
  }

  private List<String> commonArgs(Path fixture, String schema, Path out) throws IOException {
    List<String> args = new ArrayList<>(server.connectionArgs(schema));
    args.addAll(ScenarioArgs.of(fixture, out));
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

  /**
   * Applies each pending migration with Flyway, one version at a time; right after each, runs its
   * downgrade and checks the schema is what it was before the step, then runs the step again, with
   * the workloads of {@code rollout} running during and after it. Records the schema before each
   * step under the name of its undo file. The workloads follow the downgrade check, not precede it:
   * a downgrade cannot keep what the new version wrote into what it removes (a new table's rows),
   * nor restore a NOT NULL the new version's rows leave empty.
   */
  private void stepThrough(
      Connection c,
      String schema,
      Path out,
      Set<String> applied,
      Map<String, Schema> before,
      Optional<Rollout> rollout)
      throws Exception {
    for (MigrationFile m : MigrationFolder.list(out.resolve("migration"))) {
      String file = m.path().getFileName().toString();
      if (!applied.add(file)) {
        continue;
      }
      Schema previous = introspect(c, schema);
      server.migrate(schema, out.resolve("migration"), m.version());
      Schema after = introspect(c, schema);
      Path undo = out.resolve("rollback").resolve("U" + file.substring(1));
      assertThat(undo).as("downgrade of " + file).exists();
      runUndo(c, undo);
      assertThat(new Differ().diff(previous, introspect(c, schema), List.of()).changes())
          .as("schema after the downgrade of " + file + " equals the schema before it")
          .isEmpty();
      String sql = Files.readString(m.path());
      Rollout.Apply again = () -> server.runScript(c, sql, m.transactional());
      if (rollout.isPresent()) {
        rollout.get().step(new PlannedSteps.StepFile(file, sql, m.transactional()), again);
      } else {
        again.run();
      }
      assertThat(new Differ().diff(after, introspect(c, schema), List.of()).changes())
          .as(file + " applied again after its downgrade")
          .isEmpty();
      if (server.rerunsEachStep()) {
        server.runScript(c, Files.readString(m.path()), m.transactional());
        assertThat(new Differ().diff(after, introspect(c, schema), List.of()).changes())
            .as(file + " run a second time")
            .isEmpty();
      }
      before.put(undo.getFileName().toString(), previous);
    }
  }

  /**
   * Runs the downgrade scripts newest first, as an operator rolling back would, checking the schema
   * after each. Stops after an irreversible one (its data is gone, so older downgrades that need it
   * cannot succeed); returns whether the whole chain ran.
   */
  private boolean downgradeAll(
      Connection c, String schema, Path rollback, Map<String, Schema> before) throws Exception {
    List<Path> undo;
    try (Stream<Path> s = Files.list(rollback)) {
      undo =
          s.filter(p -> p.getFileName().toString().endsWith(".sql"))
              .sorted(Comparator.comparing((Path p) -> flywayVersion(p)).reversed())
              .toList();
    }
    for (Path u : undo) {
      String sql = runUndo(c, u);
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

  private String runUndo(Connection c, Path script) throws Exception {
    String sql = Files.readString(script);
    server.runScript(c, sql, !sql.contains("run outside a transaction"));
    return sql;
  }

  private Schema introspect(Connection c, String schema) throws Exception {
    return new Introspector(layout.dialect()).read(c, schema).current();
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
