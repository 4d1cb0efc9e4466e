package dev.autogen.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The local PostgreSQL test database, as {@link LocalPostgres} configures it, held open by one
 * admin connection. Each test makes its own schema and drops it afterwards; a missing server fails
 * the test rather than skipping it.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private final Connection admin;

  public PostgresTestDatabase() throws SQLException {
    this.admin = connect();
  }

  public static String url() {
    return LocalPostgres.URL;
  }

  /** A new connection of its own, for the code under test. */
  public static Connection connect() throws SQLException {
    return LocalPostgres.connect();
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
