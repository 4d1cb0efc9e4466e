package dev.autogen.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The local PostgreSQL test database ({@code AUTOGEN_TEST_PG_URL}, default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}). Each test makes its own schema
 * and drops it afterwards; a missing server fails the test rather than skipping it.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final Connection admin;

  public PostgresTestDatabase() throws SQLException {
    this.admin = connect();
  }

  public static String url() {
    String url = System.getenv("AUTOGEN_TEST_PG_URL");
    return url == null || url.isBlank() ? DEFAULT_URL : url;
  }

  /** A new connection of its own, for the code under test. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), "postgres", "");
  }

  /** Creates a schema with a unique name starting with {@code prefix} and returns its name. */
  public String createSchema(String prefix) throws SQLException {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + name);
    return name;
  }

  public String createSchema() throws SQLException {
    return createSchema("it");
  }

  public void execute(String sql) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  public void dropSchema(String name) throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  /** The helper's own connection (auto-commit), for checks made beside the code under test. */
  public Connection admin() {
    return admin;
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }
}
