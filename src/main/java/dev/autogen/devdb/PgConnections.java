package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens PostgreSQL connections through the PostgreSQL driver itself. {@code DriverManager} would
 * first load every JDBC driver on the class path (Testcontainers' among them, which starts logging
 * on load), slowing the CLI and printing logger warnings.
 */
final class PgConnections {
  private PgConnections() {}

  static Connection open(String url, Properties properties) throws SQLException {
    Connection c = new org.postgresql.Driver().connect(url, properties);
    if (c == null) {
      throw new SQLException("Not a PostgreSQL JDBC URL: " + JdbcUrls.withoutPassword(url));
    }
    return c;
  }

  static Properties credentials(String user, String password) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }
}
