package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code SET lock_timeout} / {@code SET statement_timeout} of a generated file must not stay on
 * Flyway's connection: the team's own migrations after it would run (and be cancelled) under
 * autogen's timeouts. The real Flyway runs a scenario's generated files (transactional ones and
 * ones outside a transaction), each followed by a plain migration that records what it sees.
 */
class FlywaySessionSettingsIT {
  private static final Path SCENARIO = Path.of("fixtures/widen_id");

  @TempDir Path dir;

  @Test
  void noGeneratedFileLeavesItsTimeoutsToTheNextMigration() throws Exception {
    Files.copy(SCENARIO.resolve("current.sql"), dir.resolve("V0__current.sql"));
    List<String> generated = new ArrayList<>();
    for (String folder : List.of("migration", "deferred")) {
      try (Stream<Path> files = Files.list(SCENARIO.resolve("expected/postgres").resolve(folder))) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.startsWith("V")) {
            continue;
          }
          Files.copy(f, dir.resolve(name));
          if (name.endsWith(".sql")) {
            generated.add(name);
          }
        }
      }
    }
    assertThat(String.join("\n", generated))
        .as("the scenario has steps in and outside a transaction")
        .contains("_backfill.sql")
        .contains("_switch.sql");
    write(
        "V0_1__probe_table.sql",
        "create table probe (after_file text, backend int, lock_timeout text,"
            + " statement_timeout text);");
    for (String name : generated) {
      // V<revision>_<n>__x.sql: a probe versioned <revision>.<n>.1 runs right after it
      String version = name.substring(1, name.indexOf("__"));
      write(
          "V" + version + "_1__probe.sql",
          "insert into probe values ('"
              + name
              + "', pg_backend_pid(), current_setting('lock_timeout'),"
              + " current_setting('statement_timeout'));");
    }

    String schema = LocalPostgres.newSchemaName("flyway_settings");
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        FluentConfiguration flyway =
            Flyway.configure()
                .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
                .schemas(schema)
                .locations("filesystem:" + dir);
        flyway
            .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
            .setTransactionalLock(false);
        flyway.load().migrate();

        String defaults =
            single(
                c,
                "select current_setting('lock_timeout') || ' / ' "
                    + "|| current_setting('statement_timeout')");
        List<String> seen = new ArrayList<>();
        List<Integer> backends = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet rs =
                s.executeQuery(
                    "select after_file, backend, lock_timeout || ' / ' || statement_timeout"
                        + " from "
                        + schema
                        + ".probe order by after_file")) {
          while (rs.next()) {
            seen.add(rs.getString(1) + ": " + rs.getString(3));
            backends.add(rs.getInt(2));
          }
        }
        assertThat(backends).as("Flyway ran them on one connection").hasSize(generated.size());
        assertThat(backends.stream().distinct()).hasSize(1);
        assertThat(seen)
            .as("what the migration after each generated file sees")
            .containsExactlyElementsOf(generated.stream().map(n -> n + ": " + defaults).toList());
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static String single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }
}
