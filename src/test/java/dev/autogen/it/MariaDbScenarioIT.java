package dev.autogen.it;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario round trip of {@link ScenarioRunner} on the local MariaDB, for every fixture with a
 * {@code current.mariadb.sql}: database before ({@code current.mariadb.sql}, {@code rows.sql}),
 * entities after, generated files against {@code expected/mariadb/}, then each step applied with
 * the real Flyway (flyway-mysql) with rows present and the fixture's old- and new-code workloads
 * ({@code workload.mariadb.properties}, {@link ScenarioWorkloads}) running around it, its downgrade
 * run and checked, the step run again (twice: see {@link ScenarioRunner.Server#rerunsEachStep()}),
 * promote, {@code diff --exit-code} empty, rows checked, every downgrade in reverse back to the
 * start. A fixture's {@code verify-up.mariadb.sql} / {@code verify-down.mariadb.sql} replace the
 * PostgreSQL queries where they use PostgreSQL-only SQL. Each case runs in its own database.
 */
class MariaDbScenarioIT {

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    return new ScenarioRunner(
            new ScenarioRunner.Layout(
                MysqlDialect.create(MysqlFlavour.MARIADB),
                "current.mariadb.sql",
                "expected/mariadb",
                Path.of("target", "scenarios-mariadb")),
            new MariaDb())
        .scenarios();
  }

  /** The local MariaDB: a database per case; DDL commits by itself, so no script transaction. */
  private static final class MariaDb implements ScenarioRunner.Server {
    @Override
    public void inFreshSchema(String name, LocalPostgres.SchemaWork work) throws Exception {
      LocalMariaDb.inDatabase("it_msc_" + name, work::run);
    }

    @Override
    public void setUp(Connection c, String sql) throws Exception {
      ScriptRunner.run(c, sql, false);
    }

    @Override
    public List<String> connectionArgs(String database) {
      return List.of("--url", LocalMariaDb.urlOf(database));
    }

    /** The real Flyway with its MySQL support (DELIMITER, executeInTransaction from .conf). */
    @Override
    public void migrate(String database, Path folder, String target) {
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

    /** MySQL DDL commits by itself: every script runs statement by statement. */
    @Override
    public void runScript(Connection c, String sql, boolean transactional) throws Exception {
      ScriptRunner.run(c, sql, false);
    }

    @Override
    public Optional<String> workloadFile() {
      return Optional.of("workload.mariadb.properties");
    }

    @Override
    public Connection connectApp(String database) throws Exception {
      return LocalMariaDb.connectTo(database);
    }

    @Override
    public boolean rerunsEachStep() {
      return true;
    }

    @Override
    public boolean verify(Connection c, Path fixture, String name) throws Exception {
      Path mariadb = fixture.resolve(name + ".mariadb.sql");
      String sql =
          Files.readString(Files.exists(mariadb) ? mariadb : fixture.resolve(name + ".sql"));
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql.strip().replaceFirst(";$", ""))) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
