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

  /**
   * Opens a connection to a live PostgreSQL, MySQL or MariaDB database through the bundled driver
   * itself (not {@code DriverManager}, see {@link PgConnections}), bounded by {@code timeouts}.
   *
   * @param user may be null (the URL's own applies)
   * @param password may be null
   */
  public static Connection open(String url, String user, String password, ConnectTimeouts timeouts)
      throws SQLException {
    return timeouts.open(url, PgConnections.credentials(user, password));
  }

  /**
   * The {@code host:port} part of a {@code jdbc:postgresql:}, {@code jdbc:mysql:} or {@code
   * jdbc:mariadb:} URL (user info left out), for messages; the whole URL without its password when
   * it has no {@code //} part.
   *
   * @throws IllegalArgumentException when a port is not a number from 1 to 65535 (the drivers would
   *     log a raw warning and then fail to parse the URL)
   */
  public static String endpoint(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return JdbcUrls.withoutPassword(url);
    }
    int end = start + 2;
    while (end < url.length() && "/?;".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String hosts = url.substring(start + 2, end);
    hosts = hosts.substring(hosts.lastIndexOf('@') + 1);
    for (String host : hosts.split(",")) {
      int colon = host.lastIndexOf(':');
      if (colon >= 0 && !host.endsWith("]")) {
        String port = host.substring(colon + 1);
        if (!port.matches("\\d{1,5}")
            || Integer.parseInt(port) < 1
            || Integer.parseInt(port) > 65535) {
          throw new IllegalArgumentException(
              "the database URL's port '" + port + "' is not a number from 1 to 65535");
        }
      }
    }
    return hosts;
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
