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
 * {@code autogen lint --dev-url jdbc:mysql:...} on the local MariaDB with a pull request that tries
 * to reach outside the throwaway database: every such statement is a {@code sandbox-refused}
 * finding and the server's databases, users, grants, settings and sessions stay as they were; a
 * clean pull request still lints clean and leaves no sandbox user behind; and the sandbox user can
 * do nothing outside its database.
 */
class MariaDbSandboxIT {
  private final String u = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String victimDb = "sbx_victim_" + u;
  private final String victimUser = "'sbx_victim_" + u + "'@'%'";

  @TempDir Path dir;

  @BeforeEach
  void victims() throws SQLException {
    try (Connection c = LocalMariaDb.connect()) {
      LocalMariaDb.execute(c, "CREATE DATABASE " + victimDb);
      LocalMariaDb.execute(c, "CREATE TABLE " + victimDb + ".t (id int)");
      LocalMariaDb.execute(c, "INSERT INTO " + victimDb + ".t VALUES (1)");
      LocalMariaDb.execute(c, "CREATE USER " + victimUser + " IDENTIFIED BY 'p'");
      LocalMariaDb.execute(c, "GRANT SELECT ON " + victimDb + ".* TO " + victimUser);
    }
  }

  @AfterEach
  void dropVictims() throws SQLException {
    try (Connection c = LocalMariaDb.connect()) {
      LocalMariaDb.execute(c, "DROP DATABASE IF EXISTS " + victimDb);
      LocalMariaDb.execute(c, "DROP USER IF EXISTS " + victimUser);
    }
  }

  @Test
  void everyStatementReachingOutsideIsRefusedAndTheServerIsUnchanged() throws Exception {
    try (Connection bystander = LocalMariaDb.connect()) {
      long id = LocalMariaDb.queryLong(bystander, "SELECT CONNECTION_ID()");
      List<String> refused =
          List.of(
              "DROP DATABASE " + victimDb,
              "DROP SCHEMA IF EXISTS " + victimDb,
              "CREATE DATABASE sbx_made_" + u,
              "ALTER DATABASE " + victimDb + " CHARACTER SET latin1",
              "GRANT ALL ON *.* TO " + victimUser,
              "REVOKE SELECT ON " + victimDb + ".* FROM " + victimUser,
              "CREATE USER 'sbx_made_" + u + "'@'%'",
              "DROP USER " + victimUser,
              "ALTER USER " + victimUser + " ACCOUNT LOCK",
              "RENAME USER " + victimUser + " TO 'sbx_renamed_" + u + "'@'%'",
              "LOAD DATA INFILE '/etc/hostname' INTO TABLE t",
              "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE t",
              "SELECT * FROM t INTO OUTFILE '/tmp/sbx_out_" + u + "'",
              "SELECT 1 INTO DUMPFILE '/tmp/sbx_dump_" + u + "'",
              "INSERT INTO t SELECT LENGTH(LOAD_FILE('/etc/hostname'))",
              "SET GLOBAL max_connections = 7",
              "SET @@global.max_connections = 7",
              "INSTALL PLUGIN sbx SONAME 'sbx.so'",
              "INSTALL SONAME 'sbx'",
              "SHUTDOWN",
              "KILL " + id,
              "USE " + victimDb,
              "INSERT INTO " + victimDb + ".t VALUES (2)",
              "DROP TABLE " + victimDb + ".t",
              "CREATE TRIGGER sbx_tr BEFORE INSERT ON t FOR EACH ROW DELETE FROM "
                  + victimDb
                  + ".t");
      Path migrations = dir.resolve("migration");
      Files.createDirectories(migrations);
      Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE t (id int);\n");
      Path pr = migrations.resolve("V2__pull_request.sql");
      Files.writeString(pr, String.join(";\n", refused) + ";\n");
      Server before = Server.read(u, victimUser);

      CliRun r =
          CliRun.of(
              "lint",
              "--migrations",
              migrations.toString(),
              pr.toString(),
              "--format",
              "json",
              "--dev-url",
              LocalMariaDb.URL);

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
      assertThat(Server.read(u, victimUser)).isEqualTo(before);
      assertThat(LocalMariaDb.queryLong(bystander, "SELECT 1")).isEqualTo(1);
    }
  }

  @Test
  void aCleanPullRequestLintsCleanAndLeavesNoSandboxBehind() throws Exception {
    Path migrations = dir.resolve("migration");
    Files.createDirectories(migrations);
    Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE t (id int);\n");
    Path pr = migrations.resolve("V2__pull_request.sql");
    Files.writeString(pr, "CREATE TABLE u (id int PRIMARY KEY);\n");
    Server before = Server.read(u, victimUser);

    CliRun r =
        CliRun.of(
            "lint",
            "--migrations",
            migrations.toString(),
            pr.toString(),
            "--dev-url",
            LocalMariaDb.URL);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("no breaking changes\n");
    assertThat(r.err()).doesNotContain("warning");
    assertThat(Server.read(u, victimUser)).isEqualTo(before);
  }

  @Test
  void theSandboxUserCanDoNothingOutsideItsDatabaseAndIsDroppedWithIt() throws Exception {
    String database;
    String user;
    try (DevDatabase db =
        DevDatabases.openSandbox(LocalMariaDb.URL, null, null, ConnectTimeouts.DEFAULT)) {
      assertThat(db.warning()).isEmpty();
      database = db.schema();
      try (Connection c = db.connect()) {
        user = single(c, "SELECT CURRENT_USER()");
        assertThat(single(c, "SELECT DATABASE()")).isEqualTo(database);
        assertThat(user).startsWith("autogen_sbx_");
        LocalMariaDb.execute(c, "CREATE TABLE inside (id int)");
        for (String outside :
            List.of(
                "DROP DATABASE " + victimDb,
                "CREATE DATABASE sbx_made_" + u,
                "SELECT * FROM " + victimDb + ".t",
                "DELETE FROM " + victimDb + ".t",
                "CREATE USER 'sbx_made_" + u + "'@'%'",
                "DROP USER " + victimUser,
                "GRANT SELECT ON " + victimDb + ".* TO " + victimUser,
                "SET GLOBAL max_connections = 7",
                "SELECT 1 INTO OUTFILE '/tmp/sbx_out_" + u + "'")) {
          assertThatThrownBy(() -> LocalMariaDb.execute(c, outside))
              .as(outside)
              .isInstanceOf(SQLException.class);
        }
      }
      try (Connection c = LocalMariaDb.connect()) {
        assertThat(count(c, "information_schema.SCHEMATA", "SCHEMA_NAME", database)).isOne();
        assertThat(count(c, "mysql.user", "user", user.substring(0, user.indexOf('@')))).isOne();
      }
    }
    try (Connection c = LocalMariaDb.connect()) {
      assertThat(count(c, "information_schema.SCHEMATA", "SCHEMA_NAME", database)).isZero();
      assertThat(count(c, "mysql.user", "user", user.substring(0, user.indexOf('@')))).isZero();
      assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM " + victimDb + ".t")).isOne();
    }
  }

  /**
   * What the refused statements would change: the databases and users named with this test's suffix
   * and autogen's sandbox users, the victim's grants and rows, the global settings touched.
   */
  private record Server(
      Set<String> databases,
      Set<String> users,
      Set<String> grants,
      long rows,
      long maxConnections) {
    static Server read(String u, String victimUser) throws SQLException {
      try (Connection c = LocalMariaDb.connect()) {
        return new Server(
            strings(
                c,
                "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '%"
                    + u
                    + "%'"),
            strings(
                c,
                "SELECT CONCAT(user, '@', host) FROM mysql.user WHERE user LIKE '%"
                    + u
                    + "%' OR user LIKE 'autogen_sbx_%'"),
            accountOf(c, victimUser),
            LocalMariaDb.queryLong(c, "SELECT count(*) FROM sbx_victim_" + u + ".t"),
            LocalMariaDb.queryLong(c, "SELECT @@global.max_connections"));
      }
    }
  }

  /** The victim's grants and its account (SHOW CREATE USER says ACCOUNT LOCK). */
  private static Set<String> accountOf(Connection c, String user) throws SQLException {
    Set<String> out = strings(c, "SHOW GRANTS FOR " + user);
    out.addAll(strings(c, "SHOW CREATE USER " + user));
    return out;
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

  private static long count(Connection c, String table, String column, String value)
      throws SQLException {
    return LocalMariaDb.queryLong(
        c, "SELECT count(*) FROM " + table + " WHERE " + column + " = '" + value + "'");
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
