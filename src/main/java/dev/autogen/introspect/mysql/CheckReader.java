package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the check constraints of every table of a database in one query. MariaDB names a column
 * check after its column, so check names repeat across tables there and the join also matches the
 * table; MySQL's check names are unique in the database and its {@code CHECK_CONSTRAINTS} has no
 * table column.
 */
final class CheckReader {

  /** A check as stored: its table, name and condition text (not yet normalised). */
  record StoredCheck(String table, String name, String clause) {}

  private static final String MYSQL =
      """
      SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
        FROM information_schema.TABLE_CONSTRAINTS tc
        JOIN information_schema.CHECK_CONSTRAINTS cc
          ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
         AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
       WHERE tc.TABLE_SCHEMA = ?
         AND tc.CONSTRAINT_TYPE = 'CHECK'
       ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME
      """;

  private static final String MARIADB =
      """
      SELECT cc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
        FROM information_schema.CHECK_CONSTRAINTS cc
       WHERE cc.CONSTRAINT_SCHEMA = ?
       ORDER BY cc.TABLE_NAME, cc.CONSTRAINT_NAME
      """;

  private final boolean mariaDb;

  CheckReader(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  List<StoredCheck> read(Connection connection, String database) throws SQLException {
    return CatalogQuery.list(
        connection,
        mariaDb ? MARIADB : MYSQL,
        database,
        row ->
            new StoredCheck(
                row.getString("TABLE_NAME"),
                row.getString("CONSTRAINT_NAME"),
                row.getString("CHECK_CLAUSE")));
  }
}
