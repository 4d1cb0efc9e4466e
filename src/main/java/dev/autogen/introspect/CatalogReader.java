package dev.autogen.introspect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database family's way of reading its catalog. {@link Introspector} owns the read-only session
 * and the error reporting; a reader only runs its set-based queries inside it. Readers are chosen
 * once per dialect by {@link CatalogReaders}.
 */
public interface CatalogReader {

  /** Whether the schema (a MySQL database) exists. */
  boolean schemaExists(Connection connection, String schema) throws SQLException;

  /**
   * Reads the schema, which exists, without writing; leaves out Flyway's history table {@value
   * Introspector#FLYWAY_HISTORY}.
   */
  Introspection read(Connection connection, String schema)
      throws SQLException, IntrospectionException;
}
