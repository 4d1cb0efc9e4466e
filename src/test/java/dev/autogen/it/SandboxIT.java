package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autogen.devdb.ConnectTimeouts;
import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen lint --dev-url jdbc:postgresql:...} on a pull request that tries to reach outside
 * the throwaway database: every such statement is a {@code sandbox-refused} finding and nothing on
 * the server changes (databases, roles, settings, files, other sessions); a clean pull request
 * still lints clean and leaves no sandbox database or role behind; and the sandbox role itself can
 * do nothing outside its database.
 */
class SandboxIT {
  private final String u = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String victimDb = "sbx_victim_" + u;
  private final String victimRole = "sbx_victim_role_" + u;

  @TempDir Path dir;

  @BeforeEach
  void victims() throws SQLException {
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE DATABASE " + victimDb);
      LocalPostgres.execute(c, "CREATE ROLE " + victimRole + " NOLOGIN");
      LocalPostgres.execute(c, "GRANT pg_monitor TO " + victimRole);
    }
  }

  @AfterEach
  void dropVictims() throws SQLException {
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "DROP DATABASE IF EXISTS " + victimDb + " WITH (FORCE)");
      LocalPostgres.execute(c, "DROP ROLE IF EXISTS " + victimRole);
    }
  }

  @Test
  void everyStatementReachingOutsideIsRefusedAndTheServerIsUnchanged() throws Exception {
    try (Connection bystander = LocalPostgres.connect()) {
      long pid = LocalPostgres.queryLong(bystander, "SELECT pg_backend_pid()");
      List<String> refused =
          List.of(
              "DROP DATABASE " + victimDb,
              "CREATE DATABASE sbx_made_" + u,
              "ALTER DATABASE " + victimDb + " RENAME TO sbx_renamed_" + u,
              "CREATE ROLE sbx_made_" + u + " SUPERUSER LOGIN",
              "ALTER ROLE " + victimRole + " SUPERUSER LOGIN",
              "DROP ROLE " + victimRole,
              "CREATE USER sbx_user_" + u,
              "CREATE GROUP sbx_group_" + u,
              "GRANT pg_read_server_files TO " + victimRole,
              "REVOKE pg_monitor FROM " + victimRole,
              "ALTER SYSTEM SET application_name = 'sbx_" + u + "'",
              "COPY t TO PROGRAM 'touch /tmp/sbx_prog_" + u + "'",
              "COPY t TO '/tmp/sbx_file_" + u + "'",
              "COPY t FROM '/etc/hostname'",
              "SELECT pg_read_file('/etc/hostname')",
              "SELECT pg_read_binary_file('/etc/hostname')",
              "SELECT pg_ls_dir('.')",
              "SELECT pg_stat_file('postgresql.conf')",
              "SELECT lo_import('/etc/hostname')",
              "SELECT lo_export(1, '/tmp/sbx_lo_" + u + "')",
              "SELECT pg_terminate_backend(" + pid + ")",
              "SELECT pg_cancel_backend(" + pid + ")",
              "SELECT dblink_exec('dbname=" + victimDb + "', 'CREATE TABLE sbx_t (id int)')",
              "CREATE SERVER sbx_server_" + u + " FOREIGN DATA WRAPPER postgres_fdw",
              "CREATE USER MAPPING FOR CURRENT_USER SERVER sbx_server_" + u,
              "LOAD 'auto_explain'",
              "SET ROLE postgres",
              "SET SESSION AUTHORIZATION postgres",
              "CREATE EXTENSION adminpack",
              "CREATE LANGUAGE plperlu",
              "DO $$ BEGIN EXECUTE 'DROP DATABASE " + victimDb + "'; END $$",
              "CREATE FUNCTION sbx_f() RETURNS text LANGUAGE plpgsql AS $f$ BEGIN RETURN"
                  + " pg_read_file('/etc/hostname'); END $f$");
      Path migrations = dir.resolve("migration");
      Files.createDirectories(migrations);
      Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE t (id int);\n");
      Path pr = migrations.resolve("V2__pull_request.sql");
      Files.writeString(pr, String.join(";\n", refused) + ";\n");
      Server before = Server.read(u);

      CliRun r = lint(migrations, pr);

      assertThat(r.code()).as(r.err()).isEqualTo(1);
      JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
      List<Integer> lines = new ArrayList<>();
      for (JsonNode f : findings) {
        // statement rules may see other things in them (drop-table); the refusals are the point
        if (f.get("code").asText().equals("sandbox-refused")) {
          lines.add(f.get("line").asInt());
        }
      }
      List<Integer> expected = new ArrayList<>();
      for (int i = 1; i <= refused.size(); i++) {
        expected.add(i);
      }
      assertThat(lines).isEqualTo(expected);
      assertThat(Server.read(u)).isEqualTo(before);
      assertThat(LocalPostgres.queryLong(bystander, "SELECT 1")).isEqualTo(1);
    }
    try (Connection c = LocalPostgres.connect()) {
      assertThat(
              LocalPostgres.queryBoolean(
                  c,
                  "SELECT pg_has_role('"
                      + victimRole
                      + "', 'pg_monitor', 'MEMBER')"
                      + " AND NOT rolsuper AND NOT rolcanlogin FROM pg_roles WHERE rolname = '"
                      + victimRole
                      + "'"))
          .isTrue();
    }
  }

  @Test
  void aCleanPullRequestLintsCleanAndLeavesNoSandboxBehind() throws Exception {
    Path migrations = dir.resolve("migration");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE t (id int);\n");
    Path pr = migrations.resolve("V2__pull_request.sql");
    Files.writeString(pr, "CREATE TABLE u (id int PRIMARY KEY);\n");
    Server before = Server.read(u);

    CliRun r =
        CliRun.of(
            withDevUrl(
                "lint", "--migrations", migrations.toString(), pr.toString(), "--format", "text"));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("no breaking changes\n");
    assertThat(r.err()).doesNotContain("warning");
    assertThat(Server.read(u)).isEqualTo(before);
  }

  /**
   * The extensions PostgreSQL marks trusted (a database owner may create them) run in the sandbox,
   * which the sandbox role owns; every extension the server offers is refused by the guard exactly
   * when the server does not mark it trusted.
   */
  @Test
  void trustedExtensionsRunInTheSandboxAndTheGuardAgreesWithTheServer() throws Exception {
    java.util.Map<String, Boolean> offered = new java.util.TreeMap<>();
    try (Connection c = LocalPostgres.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name, bool_or(trusted) FROM pg_available_extension_versions GROUP BY name")) {
      while (rs.next()) {
        offered.put(rs.getString(1), rs.getBoolean(2));
      }
    }
    List<String> common =
        List.of("pgcrypto", "citext", "pg_trgm", "uuid-ossp", "hstore", "btree_gist");
    assertThat(offered).containsKeys(common.toArray(String[]::new));
    dev.autogen.lint.run.SandboxGuard guard =
        new dev.autogen.lint.run.SandboxGuard(dev.autogen.dialect.Dialects.forName("postgres"));
    offered.forEach(
        (name, trusted) ->
            assertThat(guard.check("CREATE EXTENSION IF NOT EXISTS \"" + name + "\""))
                .as(name + (trusted ? " (trusted)" : " (not trusted)"))
                .hasSize(trusted ? 0 : 1));

    Path migrations = dir.resolve("migration");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE t (id int);\n");
    Path pr = migrations.resolve("V2__extensions.sql");
    StringBuilder sql = new StringBuilder();
    for (String name : common) {
      sql.append("CREATE EXTENSION IF NOT EXISTS \"").append(name).append("\";\n");
    }
    sql.append(
        "CREATE TABLE u (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext,"
            + " secret bytea DEFAULT digest('x', 'sha256'));\n"
            + "CREATE INDEX u_email_trgm ON u USING gin ((email::text) gin_trgm_ops);\n");
    Files.writeString(pr, sql.toString());
    Server before = Server.read(u);

    CliRun r = lint(migrations, pr);

    assertThat(r.out()).doesNotContain("sandbox-refused").doesNotContain("migration-fails");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(Server.read(u)).isEqualTo(before);
  }

  @Test
  void theSandboxRoleCanDoNothingOutsideItsDatabaseAndIsDroppedWithIt() throws Exception {
    String database;
    String role;
    try (DevDatabase db =
        DevDatabases.openSandbox(
            LocalPostgres.URL, LocalPostgres.USER, password(), ConnectTimeouts.DEFAULT)) {
      assertThat(db.warning()).isEmpty();
      try (Connection c = db.connect()) {
        database = single(c, "SELECT current_database()");
        role = single(c, "SELECT current_user");
        assertThat(database).matches("autogen_lint_[0-9a-f]{12}");
        assertThat(role).matches("autogen_sbx_[0-9a-f]{12}");
        LocalPostgres.execute(c, "CREATE TABLE inside (id int)");
        for (String outside :
            List.of(
                "DROP DATABASE " + victimDb,
                "CREATE DATABASE sbx_made_" + u,
                "CREATE ROLE sbx_made_" + u,
                "ALTER ROLE " + victimRole + " LOGIN",
                "GRANT pg_monitor TO " + role,
                "SET ROLE postgres",
                "ALTER SYSTEM SET application_name = 'x'",
                "COPY inside TO '/tmp/sbx_file_" + u + "'",
                "SELECT pg_read_file('/etc/hostname')",
                "CREATE EXTENSION adminpack")) {
          assertThatThrownBy(() -> LocalPostgres.execute(c, outside))
              .as(outside)
              .isInstanceOf(SQLException.class);
        }
      }
      try (Connection c = LocalPostgres.connect()) {
        assertThat(exists(c, "pg_database", "datname", database)).isTrue();
        assertThat(exists(c, "pg_roles", "rolname", role)).isTrue();
      }
    }
    try (Connection c = LocalPostgres.connect()) {
      assertThat(exists(c, "pg_database", "datname", database)).isFalse();
      assertThat(exists(c, "pg_roles", "rolname", role)).isFalse();
      assertThat(exists(c, "pg_database", "datname", victimDb)).isTrue();
    }
  }

  @Test
  void aUserThatMayNotCreateDatabasesGetsTheSchemaWithAWarning() throws Exception {
    String restricted = "sbx_restricted_" + u;
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE ROLE " + restricted + " LOGIN PASSWORD 'p'");
      LocalPostgres.execute(c, "GRANT CREATE ON DATABASE test TO " + restricted);
    }
    try {
      String schema;
      try (DevDatabase db =
          DevDatabases.openSandbox(LocalPostgres.URL, restricted, "p", ConnectTimeouts.DEFAULT)) {
        schema = db.schema();
        assertThat(db.warning().orElseThrow())
            .startsWith("cannot create a throwaway database on 127.0.0.1:5432")
            .contains("replaying inside schema " + schema)
            .doesNotContain("\n");
        try (Connection c = db.connect()) {
          LocalPostgres.execute(c, "CREATE TABLE inside (id int)");
        }
      }
      try (Connection c = LocalPostgres.connect()) {
        assertThat(exists(c, "pg_namespace", "nspname", schema)).isFalse();
      }
    } finally {
      try (Connection c = LocalPostgres.connect()) {
        LocalPostgres.execute(c, "REVOKE CREATE ON DATABASE test FROM " + restricted);
        LocalPostgres.execute(c, "DROP ROLE " + restricted);
      }
    }
  }

  /**
   * What the refused statements would change: the databases and roles this test named (the victims
   * and anything named with its suffix), the sandboxes autogen makes, the victim role's
   * memberships, ALTER SYSTEM's file, and the files the statements would write.
   */
  private record Server(
      Set<String> databases, Set<String> roles, Set<String> autoConf, Set<String> files) {
    static Server read(String u) throws SQLException {
      try (Connection c = LocalPostgres.connect()) {
        return new Server(
            strings(
                c,
                "SELECT datname FROM pg_database WHERE datname LIKE '%"
                    + u
                    + "%' OR datname LIKE 'autogen_lint_%'"),
            strings(
                c,
                "SELECT r.rolname || ':' || r.rolsuper || ':' || r.rolcanlogin || ':' ||"
                    + " coalesce(string_agg(g.rolname, ',' ORDER BY g.rolname), '')"
                    + " FROM pg_roles r LEFT JOIN pg_auth_members m ON m.member = r.oid"
                    + " LEFT JOIN pg_roles g ON g.oid = m.roleid"
                    + " WHERE r.rolname LIKE '%"
                    + u
                    + "%' OR r.rolname LIKE 'autogen_sbx_%' GROUP BY r.rolname, r.rolsuper,"
                    + " r.rolcanlogin"),
            strings(
                c,
                "SELECT name || '=' || coalesce(setting, '') FROM pg_file_settings"
                    + " WHERE sourcefile LIKE '%postgresql.auto.conf'"),
            strings(
                c,
                "SELECT f FROM unnest(ARRAY['/tmp/sbx_prog_"
                    + u
                    + "', '/tmp/sbx_file_"
                    + u
                    + "', '/tmp/sbx_lo_"
                    + u
                    + "']) f WHERE pg_stat_file(f, true) IS NOT NULL"));
      }
    }
  }

  private CliRun lint(Path migrations, Path file) {
    return CliRun.of(
        withDevUrl(
            "lint", "--migrations", migrations.toString(), file.toString(), "--format", "json"));
  }

  private static List<String> withDevUrl(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--dev-url", LocalPostgres.URL, "--user", LocalPostgres.USER));
    if (password() != null) {
      all.addAll(List.of("--password", password()));
    }
    return all;
  }

  private static String password() {
    return LocalPostgres.PASSWORD.isEmpty() ? null : LocalPostgres.PASSWORD;
  }

  private static Set<String> strings(Connection c, String sql) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static boolean exists(Connection c, String catalog, String column, String name)
      throws SQLException {
    return LocalPostgres.queryLong(
            c, "SELECT count(*) FROM " + catalog + " WHERE " + column + " = '" + name + "'")
        > 0;
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
