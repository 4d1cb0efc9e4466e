package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.testing.GoldenFiles;
import dev.autogen.testing.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario folder under {@code fixtures/} through the whole tool on the real PostgreSQL
 * ({@link ScenarioRunner}): database before ({@code current.sql}, {@code rows.sql}), entities
 * after, generated files against {@code expected/postgres/}, then apply with Flyway (expand,
 * promote, contract), {@code diff} must be empty, rows checked ({@code verify-up.sql}), every
 * downgrade run in reverse, schema back to the start and rows checked again ({@code
 * verify-down.sql}). The schema read after {@code current.sql} must match its snapshot {@code
 * expected/postgres.current.txt}, which {@code ScenarioStagesTest} runs the stages on without a
 * database. Adding a case is adding a folder.
 */
class ScenarioIT {

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    return new ScenarioRunner(
            new ScenarioRunner.Layout(
                PostgresDialect.create(),
                "current.sql",
                "expected/postgres",
                Path.of("target", "scenarios")),
            new Postgres())
        .scenarios();
  }

  /** The local PostgreSQL: a schema per case, scripts in one transaction where they allow it. */
  private static final class Postgres implements ScenarioRunner.Server {
    @Override
    public void inFreshSchema(String name, LocalPostgres.SchemaWork work) throws Exception {
      LocalPostgres.inSchema("it_" + name, work);
    }

    @Override
    public void setUp(Connection c, String sql) throws Exception {
      LocalPostgres.execute(c, sql);
    }

    /**
     * The input of ScenarioStagesTest, which runs the stages without a database; the server's major
     * version only, as the dialect's facts follow majors.
     */
    @Override
    public void checkBefore(Path fixture, Connection c, String schema) throws Exception {
      Introspection read = new Introspector(PostgresDialect.create()).read(c, schema);
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
    }

    @Override
    public List<String> connectionArgs(String schema) {
      List<String> args = new ArrayList<>(LocalPostgres.cliArgs());
      args.addAll(List.of("--schema", schema));
      return args;
    }

    @Override
    public void migrate(String schema, Path folder, String target) {
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
      // Flyway's default lock is held in an open transaction, which CREATE INDEX CONCURRENTLY
      // would wait for until lock_timeout cancels it
      flyway
          .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
          .setTransactionalLock(false);
      flyway.load().migrate();
    }

    @Override
    public void runScript(Connection c, String sql, boolean transactional) throws Exception {
      ScriptRunner.run(c, sql, transactional);
    }

    @Override
    public boolean rerunsEachStep() {
      return false;
    }

    @Override
    public void checkPromoted(Path out) {
      assertThat(out.resolve("deferred"))
          .satisfiesAnyOf(d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    }

    @Override
    public boolean verify(Connection c, Path fixture, String name) throws Exception {
      return LocalPostgres.queryBoolean(c, Files.readString(fixture.resolve(name + ".sql")));
    }
  }
}
