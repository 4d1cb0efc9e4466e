package dev.autogen.it;

import static dev.autogen.it.DevDatabaseIT.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.FlywayReplay;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev database replays a Flyway folder with the real Flyway ({@link FlywayReplay}), each test
 * in a throwaway schema of the local PostgreSQL that closing the dev database drops.
 */
class MigrationReplayIT {
  @TempDir Path dir;
  DevDatabase db;
  Connection c;

  @BeforeEach
  void ownSchema() throws Exception {
    db = DevDatabases.open(DevDatabaseIT.LOCAL_URL, "postgres", null);
    c = db.connect();
  }

  @AfterEach
  void dropSchema() throws Exception {
    c.close();
    db.close();
  }

  @Test
  void escapeStringsFlywayCannotRunFailTheReplayAsTheyFailFlyway() throws Exception {
    // issue 16: PgJDBC cuts these at the ; (it reads '' in an E'' string as its end); autogen's own
    // replay once sent them whole, and so accepted a history the project's Flyway refuses
    write(
        "V1__escape_strings.sql",
        "create table notes (id int, body text);\n"
            + "alter table notes alter column body set default E'it''s \\' ; -- x';\n"
            + "insert into notes (id) values (1);\n"
            + "insert into notes values (2, null), (3, null);\n"
            + "update notes set body = e'a\\\\''b;' where id = 2;\n"
            + "update notes set body = E'\\''';' where id = 3;");

    MigrationReplayException e =
        catchThrowableOfType(MigrationReplayException.class, () -> replay(dir));

    assertThat(e)
        .hasMessageStartingWith("V1__escape_strings.sql (line 2) failed: ")
        .hasMessageContaining("unterminated quoted string");
    assertThat(tables()).as("rolled back").isEqualTo("flyway_schema_history");
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

    new FlywayReplay(List.of(dir), List.of(), Map.of())
        .replay(
            db,
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
                    + " order by i.indexrelid::regclass::text) from pg_index i where i.indrelid = 'users'::regclass"
                    + " and not i.indisprimary"))
        .isEqualTo("users_email:true,users_id:true");
  }

  @Test
  void placeholdersRepeatablesAndConcurrentIndexDetectionAreFlyways() throws Exception {
    write(
        "V1__owner.sql",
        "create table ${prefix}accounts (id int primary key, owner text default '${owner}');\n"
            + "insert into ${prefix}accounts (id) values (1);");
    write(
        "V2__index.sql", "create index concurrently accounts_owner on ${prefix}accounts (owner);");
    write(
        "R__accounts_view.sql",
        "create or replace view account_owners as select owner from ${prefix}accounts;");

    new FlywayReplay(
            List.of(dir),
            List.of(),
            Map.of("flyway.placeholders.prefix", "app_", "flyway.placeholders.owner", "ops"))
        .replay(db, ProgressListener.NONE);

    assertThat(single(c, "select string_agg(owner, ',') from account_owners")).isEqualTo("ops");
    assertThat(single(c, "select count(*) from pg_indexes where indexname = 'accounts_owner'"))
        .isEqualTo("1");
  }

  @Test
  void aPlaceholderWithoutAValueIsNamed() throws Exception {
    write("V1__owner.sql", "create table t (owner text default '${owner}');");

    MigrationReplayException e =
        catchThrowableOfType(MigrationReplayException.class, () -> replay(dir));

    assertThat(e).hasMessageContaining("${owner}").hasMessageNotContaining("\n");
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
            () -> FlywayReplay.of(dir).replay(db, (i, n, file) -> seen.add(file.getFileName())));

    assertThat(e)
        .hasMessageStartingWith("V2__broken.sql (line 3) failed: ")
        .hasMessageContaining("missing_table");
    assertThat(e.file()).contains(dir.resolve("V2__broken.sql"));
    assertThat(seen).containsExactly(Path.of("V1__ok.sql"), Path.of("V2__broken.sql"));
    assertThat(tables()).isEqualTo("flyway_schema_history,kept");
  }

  @Test
  void failingNonTransactionalMigrationKeepsTheStatementsBeforeTheFailure() throws Exception {
    write("V1__mixed.sql", "create table first (id int);\ncreate table first (id int);");
    write("V1__mixed.sql.conf", "executeInTransaction=false");

    MigrationReplayException e =
        catchThrowableOfType(MigrationReplayException.class, () -> replay(dir));

    assertThat(e).hasMessageStartingWith("V1__mixed.sql (line 2) failed: ");
    assertThat(tables()).isEqualTo("first,flyway_schema_history");
  }

  @Test
  void aFileMixingConcurrentAndTransactionalStatementsNeedsFlywaysMixedSetting() throws Exception {
    write("V1__t.sql", "create table t (a int);");
    write("V2__idx.sql", "create index concurrently t_a on t (a);\ncreate index t_b on t (a);");

    // as Flyway refuses it, so does the replay; with flyway.mixed=true both run
    MigrationReplayException refused =
        catchThrowableOfType(MigrationReplayException.class, () -> replay(dir));
    assertThat(refused).hasMessageStartingWith("V2__idx.sql: ").hasMessageContaining("mixed");

    try (DevDatabase other = DevDatabases.open(DevDatabaseIT.LOCAL_URL, "postgres", null);
        Connection oc = other.connect()) {
      new FlywayReplay(List.of(dir), List.of(), Map.of("flyway.mixed", "true"))
          .replay(other, ProgressListener.NONE);
      assertThat(
              single(
                  oc,
                  "select count(*) from pg_indexes where schemaname = current_schema() and tablename = 't'"))
          .isEqualTo("2");
    }
  }

  @Test
  void deferredStepsComeAfterTheMigrationsWhateverTheirVersions() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migration"));
    Path deferred = Files.createDirectories(dir.resolve("deferred"));
    Files.writeString(migrations.resolve("V1__t.sql"), "create table t (a int, b int);");
    Files.writeString(migrations.resolve("V3__u.sql"), "create table u (a int);");
    // planned after V3 was applied, numbered before it: drops what V3 did not need
    Files.writeString(deferred.resolve("V2__contract.sql"), "alter table t drop column b;");
    Files.writeString(deferred.resolve("autogen.sum"), "# not a migration\n");
    List<String> order = new ArrayList<>();

    new FlywayReplay(List.of(migrations), List.of(deferred, dir.resolve("absent")), Map.of())
        .replay(db, (i, n, f) -> order.add(f.getFileName().toString()));

    assertThat(order).containsExactly("V1__t.sql", "V3__u.sql", "V2__contract.sql");
    assertThat(
            single(
                c,
                "select string_agg(column_name, ',' order by column_name) from"
                    + " information_schema.columns where table_schema = current_schema() and"
                    + " table_name = 't'"))
        .isEqualTo("a");
  }

  @Test
  void aJavaMigrationIsRefusedByName() throws Exception {
    Path resources = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
    Files.writeString(resources.resolve("V1__t.sql"), "create table t (a int);");
    Path java = Files.createDirectories(dir.resolve("src/main/java/db/migration"));
    Files.writeString(
        java.resolve("V2__Backfill.java"), "package db.migration; class V2__Backfill {}");

    MigrationReplayException e =
        catchThrowableOfType(
            MigrationReplayException.class,
            () -> FlywayReplay.of(resources).replay(db, ProgressListener.NONE));

    assertThat(e)
        .hasMessageContaining("V2__Backfill.java")
        .hasMessageContaining("Java migration")
        .hasMessageNotContaining("\n");
    assertThat(tables()).as("nothing ran").isEqualTo("<none>");
  }

  @Test
  void missingFolderReplaysNothing() throws Exception {
    replay(dir.resolve("absent"));

    assertThat(tables()).isIn("<none>", "flyway_schema_history");
  }

  @Test
  void replayIntoAThrowawaySchemaOfALiveDatabaseStaysInThatSchema() throws Exception {
    write("V1__t.sql", "create table replayed (id serial primary key, note text default 'x;y');");
    write(
        "V2__f.sql",
        "create function replayed_notes() returns setof text language sql as $f$ select note from replayed $f$;");
    String devSchema = db.schema();
    replay(dir);
    assertThat(
            single(
                c,
                "select string_agg(table_schema, ',') from information_schema.tables"
                    + " where table_name = 'replayed'"))
        .isEqualTo(devSchema);
    c.close();
    db.close();
    try (Connection lc = DevDatabaseIT.local()) {
      assertThat(
              single(lc, "select count(*) from pg_namespace where nspname = '" + devSchema + "'"))
          .isEqualTo("0");
    }
    // closed twice is fine: @AfterEach closes again
    c = DevDatabaseIT.local();
  }

  private void replay(Path folder) throws MigrationReplayException {
    FlywayReplay.of(folder).replay(db, ProgressListener.NONE);
  }

  private String tables() throws Exception {
    return single(
        c,
        "select coalesce(string_agg(tablename, ',' order by tablename), '<none>') from pg_tables"
            + " where schemaname = '"
            + db.schema()
            + "'");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }
}
