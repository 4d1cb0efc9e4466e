package dev.autogen.it;

import static dev.autogen.it.DevDatabaseIT.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.devdb.MigrationReplayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen verify} applies a history file by file ({@link MigrationReplayer#apply}, to check
 * the schema after each and run the downgrades between): that must build the same schema Flyway
 * itself builds from the same folder. (The dev database of {@code diff}, {@code -m} and {@code
 * lint} is Flyway's own replay.)
 */
class FlywayParityIT {
  @TempDir Path dir;

  @Test
  void replayAndFlywayBuildTheSameObjectsInTheSameOrder() throws Exception {
    write("V1__base.sql", "create table log (id serial primary key, step text not null);");
    write("V1_10__ten.sql", "insert into log (step) values ('1.10');");
    write("V1_2__two.sql", "insert into log (step) values ('1.2');");
    write("V2__idx.sql", "create index concurrently log_step on log (step);");
    write("V2__idx.sql.conf", "executeInTransaction=false");
    write(
        "V3__fn.sql",
        "create function steps() returns text language plpgsql as $body$\n"
            + "begin return (select string_agg(step, ';' order by id) from log); end;\n$body$;\n"
            + "insert into log (step) values (E'3\\'s');");
    write("R__b_view.sql", "create or replace view b_view as select steps() as s;");
    write("R__a_log.sql", "insert into log (step) values ('R a');");
    write("U2__undo.sql", "drop index log_step;");

    try (DevDatabase db = DevDatabases.open(null, null, null);
        Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("create schema by_flyway");
        s.execute("create schema by_replay");
        s.execute("set search_path to by_replay");
      }
      for (MigrationFile m : MigrationFolder.list(dir)) {
        MigrationReplayer.apply(c, dir, m);
      }
      FluentConfiguration flyway =
          Flyway.configure()
              .dataSource(db.jdbcUrl(), "postgres", null)
              .schemas("by_flyway")
              .locations("filesystem:" + dir);
      // Flyway's default transactional lock keeps a transaction open that CREATE INDEX
      // CONCURRENTLY would wait for forever
      flyway
          .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
          .setTransactionalLock(false);
      flyway.load().migrate();

      assertThat(summary(c, "by_replay"))
          .isEqualTo(summary(c, "by_flyway"))
          .contains("1.2;1.10;3's;R a")
          .contains("log_step");
    }
  }

  private static String summary(Connection c, String schema) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("set search_path to " + schema);
    }
    return single(c, "select s from b_view")
        + " | "
        + single(
            c,
            "select string_agg(c.relname || ':' || c.relkind::text, ',' order by c.relname)"
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relname not like 'flyway%'");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}
