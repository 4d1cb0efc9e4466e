package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * How long autogen waits for a database: {@code connect} bounds opening the connection (TCP
 * connect, TLS negotiation and login), {@code socket} bounds each wait for the server's answer
 * afterwards. A host that accepts the TCP connection and never answers would otherwise hang autogen
 * forever; both drivers wait without limit by default. A timeout the JDBC URL sets itself wins.
 */
public record ConnectTimeouts(Duration connect, Duration socket) {

  /** 10 seconds to connect, 5 minutes for any one answer. */
  public static final ConnectTimeouts DEFAULT =
      new ConnectTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(5));

  public ConnectTimeouts {
    if (connect.isNegative() || connect.isZero() || socket.isNegative() || socket.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /** {@code properties} with the driver's timeout properties for {@code url} added. */
  Properties apply(String url, Properties properties) {
    Properties p = new Properties();
    p.putAll(properties);
    if (JdbcDrivers.isMysql(url)) {
      // Connector/J: milliseconds; connectTimeout bounds the TCP connect alone, socketTimeout the
      // handshake too, so it is the connect timeout until open() has logged in
      putUnlessInUrl(p, url, "connectTimeout", Long.toString(connect.toMillis()));
      putUnlessInUrl(p, url, "socketTimeout", Long.toString(connect.toMillis()));
    } else {
      // pgjdbc: whole seconds; loginTimeout bounds TLS negotiation and authentication, which
      // connectTimeout (the TCP connect alone) does not
      putUnlessInUrl(p, url, "connectTimeout", seconds(connect));
      putUnlessInUrl(p, url, "loginTimeout", seconds(connect));
      putUnlessInUrl(p, url, "socketTimeout", seconds(socket));
    }
    return p;
  }

  /**
   * Opens a connection through the bundled driver for {@code url} with these timeouts; {@code
   * credentials} holds the user and password, if any.
   */
  Connection open(String url, Properties credentials) throws SQLException {
    Properties p = apply(url, credentials);
    if (!JdbcDrivers.isMysql(url)) {
      return PgConnections.open(url, p);
    }
    Connection c = JdbcDrivers.openMysql(url, p);
    if (!url.toLowerCase(Locale.ROOT).contains("sockettimeout=")) {
      try {
        c.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, socket.toMillis()));
      } catch (SQLException e) {
        c.close();
        throw e;
      }
    }
    return c;
  }

  private static String seconds(Duration d) {
    return Long.toString(Math.max(1, (d.toMillis() + 999) / 1000));
  }

  private static void putUnlessInUrl(Properties p, String url, String key, String value) {
    String lower = url.toLowerCase(Locale.ROOT);
    String k = key.toLowerCase(Locale.ROOT) + "=";
    if (!lower.contains("?" + k) && !lower.contains("&" + k) && !lower.contains(";" + k)) {
      p.setProperty(key, value);
    }
  }
}
