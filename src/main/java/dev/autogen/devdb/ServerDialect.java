package dev.autogen.devdb;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The dialect of the server behind a connection, from its URL and version (Connector/J reports
 * {@code jdbc:mysql:} for MariaDB servers too; the version tells them apart), for callers that hold
 * only a connection.
 */
final class ServerDialect {
  private ServerDialect() {}

  static Dialect of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    return Dialects.forServer(Dialects.forUrl(meta.getURL()), meta.getDatabaseProductVersion());
  }
}
