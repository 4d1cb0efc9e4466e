package dev.autogen.it;

import static dev.autogen.it.DevDatabaseIT.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import dev.autogen.devdb.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReplayIT {
  static DevDatabase db;

  @TempDir Path dir;
  Connection c;
  String schema;

  @BeforeAll
  static void startEmbedded() throws Exception {
    db = DevDatabases.open("", null, null);
  }

  @AfterAll
  static void stopEmbedded() {
    db.close();
  }

  @BeforeEach
  void ownSchema() throws Exception {
    schema = "replay_" + System.nanoTime();
    c = db.connect();
    try (Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
      s.execute("set search_path to " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("drop schema " + schema + " cascade");
    }
    c.close();
  }

  @Test
  void escapeStringsWithDoubledQuotesReachTheServerWhole() throws Exception {
    // issue 16: PgJDBC cut these at the ; (it reads '' in an E'' string as its end)
    write(
        "V1__escape_strings.sql",
        "create table notes (id int, body text);\n"
            + "alter table notes alter column body set default E'it''s \\' ; -- x';\n"
            + "insert into notes (id) values (1);\n"
            + "insert into notes values (2, null), (3, null);\n"
            + "update notes set body = e'a\\\\''b;' where id = 2;\n"
            + "update notes set body = E'\\''';' where id = 3;");
    MigrationReplayer.replay(c, dir, ProgressListener.NONE);
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("select body from notes order by id")) {
      List<String> bodies = new ArrayList<>();
      while (rs.next()) {
        bodies.add(rs.getString(1));
      }
      assertThat(bodies).containsExactly("it's ' ; -- x", "a\\'b;", "'';");
    }
  }

  @Test
  void replaysTransactionalConcurrentAndFunctionMigrationsInOrder() throws Exception {
    write(
        "V1__create_users.sql",
        "-- users\ncreate table users (id bigint primary key, email text not null);\n"
            + "insert into users values (1, 'a;b@example.com'), (2, E'o\\'hara@example.com');");
    write(
        "V1_10__create_concurrent_index.sql",
        "create index concurrently users_email on users (email);");
    write("V1_10__create_concurrent_index.sql.conf", "executeInTransaction=false\n");
    write(
        "V1_2__function.sql",
        "create function user_count() returns bigint language plpgsql as $$\n"
            + "declare n bigint;\nbegin\n  select count(*) into n from users;\n  return n;\nend;\n$$;");
    write(
        "V2__unique_without_conf.sql", "create unique index concurrently users_id on users (id);");
    write("R__user_view.sql", "create or replace view user_emails as select email from users;");
    write("U1_2__undo.sql", "drop table users;");
    List<String> progress = new ArrayList<>();

    MigrationReplayer.replay(
        c,
        dir,
        (index, total, file) -> progress.add(index + "/" + total + " " + file.getFileName()));

    assertThat(progress)
        .containsExactly(
            "1/5 V1__create_users.sql",
            "2/5 V1_2__function.sql",
            "3/5 V1_10__create_concurrent_index.sql",
            "4/5 V2__unique_without_conf.sql",
            "5/5 R__user_view.sql");
    assertThat(single(c, "select user_count()")).isEqualTo("2");
    assertThat(single(c, "select string_agg(email, ',' order by email) from user_emails"))
        .isEqualTo("a;b@example.com,o'hara@example.com");
    assertThat(
            single(
                c,
                "select string_agg(i.indexrelid::regclass::text || ':' || i.indisvalid, ','"
                    + " order by 1) from pg_index i where i.indrelid = 'users'::regclass"
                    + " and not i.indisprimary"))
        .isEqualTo("users_email:true,users_id:true");
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void failingTransactionalMigrationIsNamedAndRolledBack() throws Exception {
    write("V1__ok.sql", "create table kept (id int);");
    write("V2__broken.sql", "create table rolled_back (id int);\n\nselect * from missing_table;");
    write("V3__never.sql", "create table never (id int);");
    List<Path> seen = new ArrayList<>();

    MigrationReplayException e =
        catchThrowableOfType(
            MigrationReplayException.class,
            () -> MigrationReplayer.replay(c, dir, (i, n, file) -> seen.add(file.getFileName())));

    assertThat(e)
        .hasMessageStartingWith("V2__broken.sql: statement 2 (line 3) failed: ")
        .hasMessageContaining("missing_table");
    assertThat(e.file()).contains(dir.resolve("V2__broken.sql"));
    assertThat(seen).containsExactly(Path.of("V1__ok.sql"), Path.of("V2__broken.sql"));
    assertThat(tables()).isEqualTo("kept");
  }

  @Test
  void failingNonTransactionalMigrationKeepsTheStatementsBeforeTheFailure() throws Exception {
    write("V1__mixed.sql", "create table first (id int);\ncreate table first (id int);");
    write("V1__mixed.sql.conf", "executeInTransaction=false");

    MigrationReplayException e =
        catchThrowableOfType(
            MigrationReplayException.class,
            () -> MigrationReplayer.replay(c, dir, ProgressListener.NONE));

    assertThat(e).hasMessageStartingWith("V1__mixed.sql: statement 2 (line 2) failed: ");
    assertThat(tables()).isEqualTo("first");
  }

  @Test
  void concurrentIndexWithoutConfRunsTheFileOutsideATransaction() throws Exception {
    write("V1__t.sql", "create table t (a int);");
    write("V2__idx.sql", "create index concurrently t_a on t (a);\ncreate index t_b on t (a);");

    // auto-detection makes the whole file non-transactional, as Flyway does
    MigrationReplayer.replay(c, dir, ProgressListener.NONE);

    assertThat(single(c, "select count(*) from pg_indexes where schemaname = current_schema()"))
        .isEqualTo("2");
  }

  @Test
  void missingFolderReplaysNothing() throws Exception {
    MigrationReplayer.replay(c, dir.resolve("absent"), ProgressListener.NONE);

    assertThat(tables()).isEqualTo("<none>");
  }

  @Test
  void replayIntoAThrowawaySchemaOfALiveDatabaseStaysInThatSchema() throws Exception {
    write("V1__t.sql", "create table replayed (id serial primary key, note text default 'x;y');");
    write(
        "V2__f.sql",
        "create function replayed_notes() returns setof text language sql as $f$ select note from replayed $f$;");
    String devSchema;
    try (DevDatabase live = DevDatabases.open(DevDatabaseIT.LOCAL_URL, "postgres", null);
        Connection lc = live.connect()) {
      devSchema = live.schema();
      MigrationReplayer.replay(lc, dir, ProgressListener.NONE);
      assertThat(
              single(
                  lc,
                  "select string_agg(table_schema, ',') from information_schema.tables"
                      + " where table_name = 'replayed'"))
          .isEqualTo(devSchema);
    }
    try (Connection lc = DevDatabaseIT.local()) {
      assertThat(
              single(lc, "select count(*) from pg_namespace where nspname = '" + devSchema + "'"))
          .isEqualTo("0");
    }
  }

  private String tables() throws Exception {
    return single(
        c,
        "select coalesce(string_agg(tablename, ',' order by tablename), '<none>') from pg_tables"
            + " where schemaname = current_schema()");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}
