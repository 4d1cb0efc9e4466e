package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.DevDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class DevDatabaseIT {
  static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  @Test
  void embeddedPostgresStartsAnswersAndStopsOnClose() throws Exception {
    String url;
    try (DevDatabase db = DevDatabases.open(null, null, null)) {
      url = db.jdbcUrl();
      assertThat(db.schema()).isEqualTo("public");
      assertThat(url).startsWith("jdbc:postgresql://localhost:");
      try (Connection c = db.connect()) {
        assertThat(single(c, "select current_schema()")).isEqualTo("public");
        assertThat(single(c, "show server_version_num")).startsWith("16");
      }
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url).close())
        .isInstanceOf(SQLException.class);
  }

  @Test
  void jdbcUrlDevDatabaseCreatesItsOwnSchemaAndDropsItOnClose() throws Exception {
    String schema;
    try (DevDatabase db = DevDatabases.open(LOCAL_URL, "postgres", null)) {
      schema = db.schema();
      assertThat(schema).matches("autogen_dev_[0-9a-f]{12}");
      assertThat(db.jdbcUrl()).contains("127.0.0.1:5432/test").contains(schema);
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("create table dev_probe (id int)");
        assertThat(single(c, "select current_schema()")).isEqualTo(schema);
      }
      assertThat(schemaOfTable("dev_probe")).isEqualTo(schema);
    }
    assertThat(schemaExists(schema)).isFalse();
  }

  @Test
  void mysqlUrlDevDatabaseIsAThrowawayDatabaseDroppedOnClose() throws Exception {
    String database;
    try (DevDatabase db = DevDatabases.open(LocalMariaDb.URL, null, null)) {
      database = db.schema();
      assertThat(database).matches("autogen_dev_[0-9a-f]{12}");
      assertThat(db.jdbcUrl()).contains("127.0.0.1:3306/test").contains(database);
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("create table dev_probe (id int)");
        assertThat(single(c, "select database()")).isEqualTo(database);
      }
      try (Connection c = LocalMariaDb.connect()) {
        assertThat(
                LocalMariaDb.queryLong(
                    c,
                    "select count(*) from information_schema.TABLES where TABLE_SCHEMA = '"
                        + database
                        + "' and TABLE_NAME = 'dev_probe'"))
            .isEqualTo(1);
      }
    }
    try (Connection c = LocalMariaDb.connect()) {
      assertThat(
              LocalMariaDb.queryLong(
                  c,
                  "select count(*) from information_schema.SCHEMATA where SCHEMA_NAME = '"
                      + database
                      + "'"))
          .as("dropped on close")
          .isZero();
    }
  }

  @Test
  void currentSchemaInTheUsersUrlCannotLeadOutOfTheDevSchema() throws Exception {
    String table = "dev_probe_" + System.nanoTime();
    try (DevDatabase db =
        DevDatabases.open(LOCAL_URL + "?currentSchema=public", "postgres", null)) {
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("create table " + table + " (id int)");
      }
      assertThat(schemaOfTable(table)).isEqualTo(db.schema());
    } finally {
      try (Connection c = local();
          Statement s = c.createStatement()) {
        s.execute("drop table if exists public." + table);
      }
    }
  }

  @Test
  void unreachableJdbcUrlFailsClearlyWithoutShowingThePassword() {
    assertThatThrownBy(
            () ->
                DevDatabases.open(
                    "jdbc:postgresql://127.0.0.1:1/test?password=s3cret&connectTimeout=2",
                    "postgres",
                    null))
        .isInstanceOf(DevDatabaseException.class)
        .hasMessageContaining("Cannot create a dev schema in jdbc:postgresql://127.0.0.1:1/test")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void dockerSpecFailsClearlyWhenNoDockerEngineAnswers() throws Exception {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      try (DevDatabase db = DevDatabases.open("docker://postgres:16-alpine", null, null);
          Connection c = db.connect()) {
        assertThat(single(c, "show server_version_num")).startsWith("16");
      }
    } else {
      assertThatThrownBy(() -> DevDatabases.open("docker://postgres:16", null, null))
          .isInstanceOf(DevDatabaseException.class)
          .hasMessageStartingWith("Docker is not available: ")
          .hasMessageContaining("docker://postgres:16");
    }
  }

  /**
   * A MariaDB image starts a MariaDB container with a throwaway database in it; without Docker, the
   * same clear refusal naming the image and the ways without Docker.
   */
  @Test
  void mariadbDockerSpecStartsMariadbOrFailsClearly() throws Exception {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      try (DevDatabase db = DevDatabases.open("docker://mariadb:11", null, null);
          Connection c = db.connect()) {
        assertThat(single(c, "SELECT version()")).contains("MariaDB");
        assertThat(single(c, "SELECT DATABASE()")).startsWith("autogen_dev_");
      }
    } else {
      assertThatThrownBy(() -> DevDatabases.open("docker://mariadb:11", null, null))
          .isInstanceOf(DevDatabaseException.class)
          .hasMessageStartingWith("Docker is not available: ")
          .hasMessageContaining("docker://mariadb:11")
          .hasMessageContaining("jdbc:mariadb:");
    }
  }

  @Test
  void unknownSpecIsRejected() {
    assertThatThrownBy(
            () -> DevDatabases.open("jdbc:sqlserver://127.0.0.1;databaseName=t", "sa", null))
        .isInstanceOf(DevDatabaseException.class)
        .hasMessageContaining(
            "Unsupported dev database 'jdbc:sqlserver://127.0.0.1;databaseName=t'");
    assertThatThrownBy(() -> DevDatabases.open("docker://", null, null))
        .isInstanceOf(DevDatabaseException.class)
        .hasMessageContaining("No image");
  }

  static Connection local() throws SQLException {
    return DriverManager.getConnection(LOCAL_URL, "postgres", null);
  }

  static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as("a row from %s", sql).isTrue();
      return rs.getString(1);
    }
  }

  private static String schemaOfTable(String table) throws SQLException {
    try (Connection c = local()) {
      return single(
          c,
          "select coalesce(string_agg(table_schema, ','), '<none>') from information_schema.tables"
              + " where table_name = '"
              + table
              + "'");
    }
  }

  private static boolean schemaExists(String schema) throws SQLException {
    try (Connection c = local()) {
      return single(c, "select count(*) from pg_namespace where nspname = '" + schema + "'")
          .equals("1");
    }
  }
}
