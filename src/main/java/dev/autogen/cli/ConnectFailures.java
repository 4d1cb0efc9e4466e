package dev.autogen.cli;

import dev.autogen.devdb.ConnectTimeouts;
import dev.autogen.devdb.Messages;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;

/**
 * Turns a failure to open a connection to the live database into one line for the user: a server
 * that never answered is named with the timeout that gave up on it (a TLS error the driver reports
 * on the way out is left out: nothing was negotiated), a database that does not exist is a usage
 * error naming it, anything else keeps the driver's first line.
 */
final class ConnectFailures {

  private ConnectFailures() {}

  static UserError error(
      String redactedUrl, String host, ConnectTimeouts timeouts, SQLException e) {
    if (unknownDatabase(e)) {
      return new UserError(
          ExitCode.USAGE,
          "the database named in "
              + redactedUrl
              + " does not exist: "
              + Messages.firstLine(e.getMessage()),
          e);
    }
    if (timedOut(e)) {
      return new UserError(
          ExitCode.DATABASE,
          "cannot reach the database at "
              + host
              + ": no answer within "
              + seconds(timeouts)
              + " (--connect-timeout; --socket-timeout once connected)",
          e);
    }
    return new UserError(
        ExitCode.DATABASE,
        "cannot reach the database at " + redactedUrl + ": " + detail(redactedUrl, host, e),
        e);
  }

  private static String detail(String redactedUrl, String host, SQLException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
    }
    String first = Messages.firstLine(e.getMessage());
    String url = redactedUrl.toLowerCase(Locale.ROOT);
    boolean sslAsked =
        url.contains("ssl=true")
            || url.contains("sslmode=require")
            || url.contains("sslmode=verify")
            || url.contains("sslmode=required");
    if (first.contains("SSL") && !sslAsked) {
      // pgjdbc asks for TLS first (sslmode=prefer); a peer that is not a database server, or
      // drops the connection, fails that question: the TLS wording would send the user astray
      return "the peer at "
          + host
          + " accepted the connection but did not answer as a database server (wrong host or"
          + " port?)";
    }
    return first;
  }

  private static boolean unknownDatabase(SQLException e) {
    // PostgreSQL: invalid_catalog_name; MySQL/MariaDB: ER_BAD_DB_ERROR
    return "3D000".equals(e.getSQLState()) || e.getErrorCode() == 1049;
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException) {
        return true;
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("timed out") || m.contains("read timeout")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String seconds(ConnectTimeouts t) {
    long ms = t.connect().toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}
