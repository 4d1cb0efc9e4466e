package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every scenario of {@code fixtures/} written as Liquibase changelogs ({@code autogen -m --format
 * liquibase}) and applied with the real Liquibase (4.33) on PostgreSQL and on MariaDB, with the
 * scenario's rows present: the files against the goldens in {@code expected/<dialect>-liquibase/},
 * then each changeset applied alone ({@code update} with a count), rolled back ({@code
 * rollbackCount 1}) with the schema checked against the one before it, applied again; {@code
 * autogen promote} includes the contract changelog and its changesets go the same way; {@code
 * autogen diff --exit-code} is empty and the rows are checked ({@code verify-up}); then every
 * changeset is rolled back newest first, each checked (stopping after an irreversible one), and a
 * last {@code update} brings the schema back to the entities', which {@code diff} confirms.
 */
class LiquibaseScenarioIT {

  private static final String REVISION = "20260101000000";
  private static final String MASTER = "db.changelog-master.yaml";

  @TestFactory
  Stream<DynamicTest> postgres() throws IOException {
    return cases("current.sql").map(c -> DynamicTest.dynamicTest(name(c), () -> postgres(c)));
  }

  @TestFactory
  Stream<DynamicTest> mariadb() throws IOException {
    return cases("current.mariadb.sql")
        .map(c -> DynamicTest.dynamicTest(name(c), () -> mariadb(c)));
  }

  private static Stream<Path> cases(String marker) throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve(marker))).sorted().toList();
    }
    assertThat(cases).as("scenario folders with " + marker).isNotEmpty();
    return cases.stream();
  }

  private static String name(Path fixture) {
    return fixture.getFileName().toString();
  }

  private void postgres(Path fixture) throws Exception {
    Path out = Path.of("target", "liquibase-scenarios", "postgres", name(fixture));
    LocalPostgres.inSchema(
        "lqformat_" + name(fixture),
        (c, schema) -> {
          LocalPostgres.execute(c, Files.readString(fixture.resolve("current.sql")));
          if (Files.exists(fixture.resolve("rows.sql"))) {
            LocalPostgres.execute(c, Files.readString(fixture.resolve("rows.sql")));
          }
          Target target =
              new Target(
                  PostgresDialect.create(),
                  schema,
                  List.of(
                      "--url",
                      LocalPostgres.URL,
                      "--user",
                      LocalPostgres.USER,
                      "--password",
                      LocalPostgres.PASSWORD,
                      "--schema",
                      schema),
                  () -> LocalPostgres.connectTo(schema));
          run(fixture, out, "postgres", c, target, fixture.resolve("verify-up.sql"));
        });
  }

  private void mariadb(Path fixture) throws Exception {
    Path out = Path.of("target", "liquibase-scenarios", "mariadb", name(fixture));
    LocalMariaDb.inDatabase(
        "lqformat_" + name(fixture),
        (c, database) -> {
          ScriptRunner.run(c, Files.readString(fixture.resolve("current.mariadb.sql")), false);
          if (Files.exists(fixture.resolve("rows.sql"))) {
            ScriptRunner.run(c, Files.readString(fixture.resolve("rows.sql")), false);
          }
          Target target =
              new Target(
                  MysqlDialect.create(MysqlFlavour.MARIADB),
                  database,
                  List.of("--url", LocalMariaDb.urlOf(database)),
                  () -> LocalMariaDb.connectTo(database));
          Path verify = fixture.resolve("verify-up.mariadb.sql");
          run(
              fixture,
              out,
              "mariadb",
              c,
              target,
              Files.exists(verify) ? verify : fixture.resolve("verify-up.sql"));
        });
  }

  /** The database under test: its dialect, schema, CLI options and fresh connections. */
  private record Target(Dialect dialect, String schema, List<String> args, Connect connect) {
    Schema read(Connection c) throws Exception {
      return new Introspector(dialect).read(c, schema).current();
    }
  }

  private interface Connect {
    Connection open() throws Exception;
  }

  private void run(Path fixture, Path out, String golden, Connection c, Target t, Path verifyUp)
      throws Exception {
    deleteTree(out);
    Path changelog = out.resolve("changelog");
    Files.createDirectories(changelog);
    Files.writeString(changelog.resolve(MASTER), "databaseChangeLog: []\n");
    Schema original = t.read(c);

    List<String> common = new ArrayList<>(t.args());
    common.addAll(
        List.of(
            "--entities",
            fixture.resolve("entities").toString(),
            "--changelog",
            changelog.resolve(MASTER).toString(),
            "--deferred",
            out.resolve("deferred").toString(),
            "--author",
            "autogen"));
    Path extra = fixture.resolve("args");
    if (Files.exists(extra)) {
      Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(common::add);
    }
    assertThat(cli("-m", name(fixture), "--revision", REVISION, "--format", "liquibase", common))
        .as("autogen -m --format liquibase")
        .isZero();
    GoldenFiles.assertFolder(fixture.resolve("expected/" + golden + "-liquibase"), out);

    Deque<Applied> applied = new ArrayDeque<>();
    stepThrough(c, t, changelog, applied);
    assertThat(cli("promote", "--format", "liquibase", common)).as("autogen promote").isZero();
    stepThrough(c, t, changelog, applied);
    assertThat(cli("diff", "--exit-code", common)).as("autogen diff after every step").isZero();
    assertThat(queryBoolean(c, Files.readString(verifyUp))).as("rows after the update").isTrue();

    // every changeset rolled back, newest first, as an operator rolling back would
    while (!applied.isEmpty()) {
      Applied last = applied.pop();
      try (Liquibase lb = liquibase(t, changelog)) {
        lb.rollback(1, (String) null);
      }
      assertThat(new Differ().diff(last.before(), t.read(c), List.of()).changes())
          .as("schema after rolling back " + last.id())
          .isEmpty();
      if (!last.reversible()) {
        // its data is gone: older rollbacks that need it are not part of the promise
        break;
      }
    }
    if (applied.isEmpty()) {
      assertThat(new Differ().diff(original, t.read(c), List.of()).changes())
          .as("schema after rolling everything back")
          .isEmpty();
    }
    try (Liquibase lb = liquibase(t, changelog)) {
      lb.update(new Contexts(), new LabelExpression());
    }
    assertThat(cli("diff", "--exit-code", common)).as("autogen diff after updating again").isZero();
  }

  /** A changeset applied, the schema before it, and whether its rollback restores data. */
  private record Applied(String id, Schema before, boolean reversible) {}

  /**
   * Each changeset not yet run, one at a time: update with a count of 1, roll it back and check the
   * schema is the one before it, update again and check it is the one after it.
   */
  private static void stepThrough(Connection c, Target t, Path changelog, Deque<Applied> applied)
      throws Exception {
    while (true) {
      List<ChangeSet> pending;
      try (Liquibase lb = liquibase(t, changelog)) {
        pending = lb.listUnrunChangeSets(new Contexts(), new LabelExpression());
      }
      if (pending.isEmpty()) {
        return;
      }
      ChangeSet next = pending.get(0);
      Schema before = t.read(c);
      try (Liquibase lb = liquibase(t, changelog)) {
        lb.update(1, new Contexts(), new LabelExpression());
      }
      Schema after = t.read(c);
      try (Liquibase lb = liquibase(t, changelog)) {
        lb.rollback(1, (String) null);
      }
      assertThat(new Differ().diff(before, t.read(c), List.of()).changes())
          .as("schema after rolling back " + next.getId() + " equals the schema before it")
          .isEmpty();
      try (Liquibase lb = liquibase(t, changelog)) {
        lb.update(1, new Contexts(), new LabelExpression());
      }
      assertThat(new Differ().diff(after, t.read(c), List.of()).changes())
          .as(next.getId() + " applied again after its rollback")
          .isEmpty();
      boolean reversible =
          next.getChanges().stream()
                  .noneMatch(ch -> String.valueOf(ch.getDescription()).contains("IRREVERSIBLE"))
              && !sqlOf(next).contains("IRREVERSIBLE");
      applied.push(new Applied(next.getId(), before, reversible));
    }
  }

  private static String sqlOf(ChangeSet changeSet) {
    StringBuilder sql = new StringBuilder();
    changeSet.getChanges().stream()
        .filter(ch -> ch instanceof liquibase.change.core.RawSQLChange)
        .map(ch -> ((liquibase.change.core.RawSQLChange) ch).getSql())
        .forEach(sql::append);
    return sql.toString();
  }

  private static Liquibase liquibase(Target t, Path changelog) throws Exception {
    Database db =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(t.connect().open()));
    db.setDefaultSchemaName(t.schema());
    return new Liquibase(MASTER, new DirectoryResourceAccessor(changelog), db);
  }

  private static int cli(Object... parts) {
    List<String> args = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof List<?> list) {
        list.forEach(o -> args.add(String.valueOf(o)));
      } else {
        args.add(String.valueOf(p));
      }
    }
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

  private static boolean queryBoolean(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql.strip().replaceFirst(";$", ""))) {
      return rs.next() && rs.getBoolean(1);
    }
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
