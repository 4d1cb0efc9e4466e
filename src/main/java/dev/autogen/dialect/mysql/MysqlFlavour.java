package dev.autogen.dialect.mysql;

import java.util.Locale;

/**
 * Which of the two servers speaking the MySQL protocol a dialect describes. They share the SQL
 * surface autogen writes, but differ in version numbering, types (MariaDB's {@code uuid}, {@code
 * json} as an alias of {@code longtext}) and in when online DDL arrived.
 */
public enum MysqlFlavour {
  MYSQL,
  MARIADB;

  /**
   * The flavour a server version text names: MariaDB reports {@code 10.11.6-MariaDB-0+deb12u1}
   * (older servers behind a {@code 5.5.5-} prefix), MySQL a bare {@code 8.0.36}.
   */
  public static MysqlFlavour ofVersionText(String versionText) {
    return versionText != null && versionText.toLowerCase(Locale.ROOT).contains("mariadb")
        ? MARIADB
        : MYSQL;
  }
}
