package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.render.OperationSamples;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.SamplePlans;
import dev.autogen.render.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that every statement template yields SQL PostgreSQL accepts, and that whole rendered plans
 * run under Flyway (including the per-script .conf) and their undo scripts restore the schema. Each
 * case runs in its own schema, dropped at the end. Needs PostgreSQL on 127.0.0.1:5432 (fails, never
 * skips, when it is missing).
 */
class RenderedSqlIT {

  private static final String URL = LocalPostgres.URL;
  private static final String USER = LocalPostgres.USER;
  private static final String PASSWORD = LocalPostgres.PASSWORD;

  private final Renderer renderer =
      new Renderer(PostgresDialect.create(), TemplateSource.bundled());

  @TestFactory
  Stream<DynamicTest> everyOperationKindIsValidSql() {
    return OperationSamples.all().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    sample.name(),
                    () ->
                        inSchema(
                            c -> {
                              execute(c, OperationSamples.BASE_SQL + sample.setupSql());
                              for (Operation op : sample.setupOps()) {
                                executeStatement(c, renderer.statement(op));
                              }
                              executeStatement(c, renderer.statement(sample.op()));
                            })));
  }

  @Test
  void syncTriggerKeepsBothColumnsInStep() throws Exception {
    Operation trigger =
        OperationSamples.all().stream()
            .filter(s -> s.name().equals("create_sync_trigger"))
            .findFirst()
            .orElseThrow()
            .op();
    inSchema(
        c -> {
          execute(c, OperationSamples.BASE_SQL);
          executeStatement(c, renderer.statement(trigger));
          execute(c, "INSERT INTO \"user\" (id, \"Mixed Case\") VALUES (1, 'old writer')");
          execute(c, "INSERT INTO \"user\" (id, mixed_new) VALUES (2, 'new writer')");
          execute(c, "UPDATE \"user\" SET \"Mixed Case\" = 'old update' WHERE id = 2");
          execute(c, "UPDATE \"user\" SET mixed_new = 'new update' WHERE id = 1");
          assertThat(rows(c, "SELECT id, \"Mixed Case\", mixed_new FROM \"user\" ORDER BY id"))
              .containsExactly("1|new update|new update", "2|old update|old update");
        });
  }

  @TestFactory
  Stream<DynamicTest> renderedPlansRunUnderFlywayAndUndoRestoresTheSchema(@TempDir Path dir) {
    return Stream.of(
            plan("new_table", SamplePlans::newTableWithForeignKeyAndIndex),
            plan("concurrent_unique", SamplePlans::concurrentUniqueIndex),
            plan("contract_drop_column", SamplePlans::contractDropColumn),
            plan("rename_sync_trigger", SamplePlans::renameWithSyncTrigger))
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.name(), () -> roundTrip(dir.resolve(p.name()), p.plan().get())));
  }

  private record NamedPlan(String name, Supplier<MigrationPlan> plan) {}

  private static NamedPlan plan(String name, Supplier<MigrationPlan> plan) {
    return new NamedPlan(name, plan);
  }

  private void roundTrip(Path dir, MigrationPlan plan) throws Exception {
    RenderSettings settings =
        RenderSettings.defaults(
            "20261125113800",
            "round trip",
            dir.resolve("migration"),
            dir.resolve("deferred"),
            dir.resolve("rollback"));
    List<RenderedFile> files = renderer.render(plan, settings);
    Files.createDirectories(settings.migrationsDir());
    Files.createDirectories(settings.deferredDir());
    for (RenderedFile f : files) {
      Files.createDirectories(f.path().getParent());
      Files.writeString(f.path(), f.text(), StandardCharsets.UTF_8);
    }
    inSchema(
        (c, schema) -> {
          execute(c, SamplePlans.BASE_SQL);
          List<String> before = columns(c, schema);
          var flyway =
              Flyway.configure()
                  .dataSource(URL, USER, PASSWORD)
                  .schemas(schema)
                  .baselineOnMigrate(true)
                  .baselineVersion("0")
                  .locations(
                      "filesystem:" + settings.migrationsDir(),
                      "filesystem:" + settings.deferredDir());
          // Flyway's default lock is held in an open transaction, which a concurrent index build
          // waits for until lock_timeout cancels it; a session-level lock avoids that
          flyway
              .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
              .setTransactionalLock(false);
          var result = flyway.load().migrate();
          assertThat(result.migrationsExecuted).isEqualTo(plan.steps().size());
          assertThat(columns(c, schema)).isNotEqualTo(before);
          assertThat(rows(c, "SELECT count(*) FROM \"user\"")).containsExactly("2");

          List<RenderedFile> undos =
              files.stream()
                  .filter(f -> f.path().startsWith(settings.rollbackDir()))
                  .sorted((a, b) -> b.path().toString().compareTo(a.path().toString()))
                  .toList();
          execute(c, "DROP TABLE flyway_schema_history");
          for (RenderedFile undo : undos) {
            runScript(c, undo.text());
          }
          assertThat(columns(c, schema)).isEqualTo(before);
          assertThat(rows(c, "SELECT count(*) FROM \"user\"")).containsExactly("2");
        });
  }

  // --- database plumbing ---------------------------------------------------------------------

  private interface SchemaWork {
    void run(Connection c, String schema) throws Exception;
  }

  private interface Work {
    void run(Connection c) throws Exception;
  }

  private static void inSchema(Work work) throws Exception {
    inSchema((c, schema) -> work.run(c));
  }

  private static void inSchema(SchemaWork work) throws Exception {
    LocalPostgres.inSchema("render_it", work::run);
  }

  /**
   * Runs one operation's SQL the way Flyway would: statements one by one, in autocommit when they
   * cannot run in a transaction, otherwise in one transaction.
   */
  private static void executeStatement(Connection c, String sql) throws SQLException {
    // concurrent builds and blocks that commit batch by batch only run outside a transaction
    String upper = sql.toUpperCase(Locale.ROOT);
    boolean outside = upper.contains("CONCURRENTLY") || upper.contains("COMMIT;");
    c.setAutoCommit(outside);
    for (String statement : sql.split(";\n\n")) {
      execute(c, statement);
    }
    if (!outside) {
      c.commit();
    }
    c.setAutoCommit(true);
  }

  /** A rendered file without its comment lines, statement by statement, each in autocommit. */
  private static void runScript(Connection c, String text) throws SQLException {
    String sql = text.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    for (String statement : sql.split(";\n\n")) {
      if (!statement.isBlank()) {
        execute(c, statement);
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + "\nin SQL:\n" + sql, e.getSQLState(), e);
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
          values[i] = rs.getString(i + 1);
        }
        out.add(String.join("|", Arrays.asList(values)));
      }
    }
    return out;
  }

  /** Every table, column, type and nullability of the schema, plus its constraints and indexes. */
  private static List<String> columns(Connection c, String schema) throws SQLException {
    List<String> out =
        rows(
            c,
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_schema = '"
                + schema
                + "' AND table_name <> 'flyway_schema_history' ORDER BY 1, 2");
    out.addAll(
        rows(
            c,
            "SELECT conname FROM pg_constraint WHERE connamespace = '"
                + schema
                + "'::regnamespace ORDER BY 1"));
    out.addAll(
        rows(
            c,
            "SELECT indexname FROM pg_indexes WHERE schemaname = '"
                + schema
                + "' AND tablename <> 'flyway_schema_history' ORDER BY 1"));
    return out;
  }
}
