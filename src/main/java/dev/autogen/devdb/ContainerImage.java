package dev.autogen.devdb;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import java.util.Locale;

/**
 * The server a {@code docker://IMAGE} dev database runs, told by the image's name (its last path
 * segment, without tag or digest): {@code mariadb:11}, {@code bitnami/mariadb} are MariaDB, {@code
 * mysql:8}, {@code percona/percona-server} MySQL, and every other image PostgreSQL, as before MySQL
 * containers were known.
 */
enum ContainerImage {
  POSTGRES("postgres"),
  MYSQL("mysql"),
  MARIADB("mariadb");

  private final String dialectName;

  ContainerImage(String dialectName) {
    this.dialectName = dialectName;
  }

  static ContainerImage of(String image) {
    String name = image.strip().toLowerCase(Locale.ROOT);
    int digest = name.indexOf('@');
    if (digest >= 0) {
      name = name.substring(0, digest);
    }
    name = name.substring(name.lastIndexOf('/') + 1);
    int tag = name.indexOf(':');
    if (tag >= 0) {
      name = name.substring(0, tag);
    }
    if (name.startsWith("mariadb")) {
      return MARIADB;
    }
    if (name.startsWith("mysql") || name.startsWith("percona")) {
      return MYSQL;
    }
    return POSTGRES;
  }

  Dialect dialect() {
    return Dialects.forName(dialectName);
  }
}
