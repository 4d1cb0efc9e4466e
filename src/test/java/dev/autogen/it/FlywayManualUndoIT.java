package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;

/**
 * The manual undo that every {@code U...} file's header documents, run with the real Flyway
 * (Community, which has no undo command) on PostgreSQL with rows present: migrate, run the newest
 * undo file by hand, check that {@code flyway repair} does not make Flyway forget the step (as the
 * header says), run the history fix the header itself gives ({@code DELETE FROM
 * flyway_schema_history ...}, read from the file), and check that {@code migrate} applies the step
 * again, newest step first down to the first.
 */
class FlywayManualUndoIT {

  private static final Pattern HISTORY_FIX =
      Pattern.compile("(?m)^--\\s+(DELETE FROM flyway_schema_history WHERE version = '[^']+');$");

  @Test
  void undoByHandThenTheDocumentedHistoryFixLetsMigrateApplyTheStepAgain() throws Exception {
    Path fixture = Path.of("fixtures", "rename_column");
    Path out = Path.of("target", "flyway-manual-undo");
    deleteTree(out);
    LocalPostgres.inSchema(
        "lqformat_undo",
        (c, schema) -> {
          LocalPostgres.execute(c, Files.readString(fixture.resolve("current.sql")));
          LocalPostgres.execute(c, Files.readString(fixture.resolve("rows.sql")));
          assertThat(
                  cli(
                      "-m",
                      "rename_column",
                      "--revision",
                      "20260101000000",
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
                      out.resolve("rollback").toString()))
              .isZero();
          Flyway flyway = flyway(schema, out.resolve("migration"));
          assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(2);
          Schema migrated = read(c, schema);

          List<MigrationInfo> applied =
              Arrays.stream(flyway.info().applied())
                  .filter(i -> i.getVersion() != null && i.getScript().startsWith("V"))
                  .sorted(Comparator.comparing(MigrationInfo::getVersion).reversed())
                  .toList();
          for (MigrationInfo step : applied) {
            Path undo = out.resolve("rollback").resolve("U" + step.getScript().substring(1));
            String text = Files.readString(undo);
            Matcher fix = HISTORY_FIX.matcher(text);
            assertThat(fix.find()).as("history fix in the header of " + undo).isTrue();
            assertThat(fix.group(1)).contains("'" + step.getVersion().getVersion() + "'");

            ScriptRunner.run(c, text, !text.contains("run outside a transaction"));
            flyway.repair();
            assertThat(state(flyway, step))
                .as("after repair Flyway still counts " + step.getScript() + " as applied")
                .isEqualTo(MigrationState.SUCCESS);
            LocalPostgres.execute(c, fix.group(1));
            assertThat(state(flyway, step))
                .as(step.getScript() + " after the documented history fix")
                .isEqualTo(MigrationState.PENDING);
          }
          assertThat(flyway.migrate().migrationsExecuted)
              .as("migrate after the manual undos")
              .isEqualTo(applied.size());
          assertThat(new Differ().diff(migrated, read(c, schema), List.of()).changes())
              .as("schema after migrating again")
              .isEmpty();
          assertThat(
                  LocalPostgres.queryBoolean(c, Files.readString(fixture.resolve("verify-up.sql"))))
              .as("rows after migrating again")
              .isTrue();
        });
  }

  private static MigrationState state(Flyway flyway, MigrationInfo step) {
    return Arrays.stream(flyway.info().all())
        .filter(i -> step.getVersion().equals(i.getVersion()))
        .map(MigrationInfo::getState)
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  private static Flyway flyway(String schema, Path folder) {
    var config =
        Flyway.configure()
            .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(false)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .locations("filesystem:" + folder.toAbsolutePath());
    // as the README says: Flyway's default lock would hold CREATE INDEX CONCURRENTLY back
    config
        .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
    return config.load();
  }

  private static Schema read(Connection c, String schema) throws Exception {
    return new Introspector(PostgresDialect.create()).read(c, schema).current();
  }

  private static int cli(String... args) {
    var cl = dev.autogen.cli.Main.commandLine();
    StringWriter text = new StringWriter();
    cl.setOut(new PrintWriter(text));
    cl.setErr(new PrintWriter(text));
    int code = cl.execute(args);
    if (code != 0) {
      System.err.println("autogen " + List.of(args) + " exited " + code + ":\n" + text);
    }
    return code;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
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
