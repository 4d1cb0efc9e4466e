package dev.autogen.dialect.mysql;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.ScriptConventions;
import dev.autogen.dialect.TableNameCase;
import dev.autogen.model.Identifier;
import java.util.Locale;

/**
 * MySQL / MariaDB names: quoted with backticks ({@code `} doubled inside), never folded by the
 * server except table names under {@code lower_case_table_names <> 0}; 64 characters at most.
 * Column names compare case-insensitively; table names follow the file system unless the server
 * lower-cases them.
 */
final class MysqlIdentifierRules implements IdentifierRules {

  private final TableNameCase tableNames;

  MysqlIdentifierRules(TableNameCase tableNames) {
    this.tableNames = tableNames;
  }

  @Override
  public Identifier fold(String unquoted) {
    // MySQL keeps the case of what was written; a server that lower-cases table names stores
    // them so, and Hibernate's default strategy writes lower-case names anyway
    return Identifier.of(
        tableNames.storesLowerCase() ? unquoted.toLowerCase(Locale.ROOT) : unquoted);
  }

  @Override
  public Identifier fromSql(String written) {
    String w = written.trim();
    if (w.length() >= 2 && w.startsWith("`") && w.endsWith("`")) {
      return unquoted(w.substring(1, w.length() - 1).replace("``", "`"));
    }
    // ANSI_QUOTES mode, and names written for another dialect
    if (w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"")) {
      return unquoted(w.substring(1, w.length() - 1).replace("\"\"", "\""));
    }
    return fold(w);
  }

  private Identifier unquoted(String text) {
    return tableNames.storesLowerCase() ? fold(text) : Identifier.of(text);
  }

  /**
   * Always backticks: MySQL's reserved words grow with each release (8.0 added {@code rank}, {@code
   * groups}...), so a name that is plain today may not be after an upgrade.
   */
  @Override
  public String quote(Identifier identifier) {
    return '`' + identifier.value().replace("`", "``") + '`';
  }

  @Override
  public int maxLength() {
    return 64;
  }

  @Override
  public TableNameCase tableNames() {
    return tableNames;
  }

  @Override
  public boolean caseSensitiveColumns() {
    return false;
  }

  @Override
  public ScriptConventions scriptConventions() {
    return ScriptConventions.MYSQL;
  }

  @Override
  public Identifier primaryKeyName(Identifier table) {
    return Identifier.of("PRIMARY"); // whatever the statement names it
  }

  /** {@code orders_customer_id_fk}: PostgreSQL's {@code _fkey} is no name a MySQL user writes. */
  @Override
  public String generatedForeignKeySuffix() {
    return "fk";
  }

  /** {@code users_email_uk}, after the common MySQL convention, not PostgreSQL's {@code _key}. */
  @Override
  public String generatedUniqueSuffix() {
    return "uk";
  }
}
