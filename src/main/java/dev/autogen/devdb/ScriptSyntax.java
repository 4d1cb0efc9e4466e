package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The lexical rules a migration script is split by: PostgreSQL's or MySQL's (and MariaDB's). */
public enum ScriptSyntax {
  POSTGRES,
  MYSQL;

  /**
   * The syntax of the server behind a connection. Connector/J reports {@code MySQL} for MariaDB
   * servers too; the MariaDB driver reports {@code MariaDB}.
   */
  public static ScriptSyntax of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb") ? MYSQL : POSTGRES;
  }
}
