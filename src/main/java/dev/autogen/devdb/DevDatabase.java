package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A throwaway PostgreSQL database (or schema), or MySQL / MariaDB database, into which the
 * migration history is replayed so that its schema can be introspected when no live database is
 * configured. Closing it stops the server or drops the schema; nothing of it outlives {@link
 * #close()}.
 */
public interface DevDatabase extends AutoCloseable {
  /** Where the database lives, for messages; never contains a password. */
  String jdbcUrl();

  /**
   * A new connection whose unqualified names resolve to {@link #schema()}; the caller closes it.
   */
  Connection connect() throws SQLException;

  /**
   * The schema the replayed migrations create their objects in, e.g. {@code public}; on MySQL the
   * throwaway database.
   */
  String schema();

  /**
   * Why this dev database isolates less than it should (e.g. the server refused to create a sandbox
   * role), for the user to read; empty when it is as isolated as asked.
   */
  default Optional<String> warning() {
    return Optional.empty();
  }

  /**
   * Stops the server or drops the schema; safe to call twice. Throws {@link IllegalStateException}
   * if the cleanup fails, so that a leftover is never silent.
   */
  @Override
  void close();
}
