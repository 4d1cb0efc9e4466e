package dev.autogen.introspect;

import dev.autogen.dialect.TableNameCase;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database family's way of reading its catalog. {@link Introspector} owns the read-only session
 * and the error reporting; a reader only runs its set-based queries inside it. Readers are chosen
 * once per dialect by {@link CatalogReaders}.
 */
public interface CatalogReader {

  /**
   * The schema to read when the user names none: {@code public} on PostgreSQL, the connection's
   * current database on MySQL (the one the URL names).
   */
  String defaultSchema(Connection connection) throws SQLException;

  /**
   * A query that returns a row when the schema (a MySQL database) exists, the schema name bound as
   * its only parameter.
   */
  String schemaQuery();

  /**
   * Reads the schema, which exists, without writing; leaves out the migration tools' tables ({@link
   * Introspector#isMigrationToolTable}).
   */
  Introspection read(Connection connection, String schema)
      throws SQLException, IntrospectionException;

  /** How the server compares table names: exactly, unless a MySQL setting says otherwise. */
  default TableNameCase tableNames(Connection connection) throws SQLException {
    return TableNameCase.SENSITIVE;
  }
}
