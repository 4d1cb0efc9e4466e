package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * The JDBC drivers autogen ships: PostgreSQL's, and MySQL Connector/J, which also serves MariaDB
 * (the MariaDB driver is not bundled, so a {@code jdbc:mariadb:} URL is opened as {@code
 * jdbc:mysql:}).
 */
public final class JdbcDrivers {
  private JdbcDrivers() {}

  /** The URL a bundled driver accepts for {@code url}. */
  public static String driverUrl(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:")
        ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length())
        : url;
  }

  static boolean isMysql(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:");
  }

  /** Opens a MySQL or MariaDB connection through Connector/J itself (see {@link PgConnections}). */
  static Connection openMysql(String url, Properties properties) throws SQLException {
    Connection c = new com.mysql.cj.jdbc.Driver().connect(driverUrl(url), properties);
    if (c == null) {
      throw new SQLException("Not a MySQL JDBC URL: " + JdbcUrls.withoutPassword(url));
    }
    return c;
  }
}
