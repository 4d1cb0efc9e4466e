package dev.autogen.dialect;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import java.util.Locale;

/** Picks the dialect for a JDBC URL or a dialect name given in configuration. */
public final class Dialects {

  private Dialects() {}

  public static Dialect forUrl(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:") || url.startsWith("docker://postgres")) {
      return PostgresDialect.create();
    }
    if (url.startsWith("jdbc:mysql:") || url.startsWith("docker://mysql")) {
      return MysqlDialect.create();
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("docker://mariadb")) {
      return MysqlDialect.create(MysqlFlavour.MARIADB);
    }
    throw new IllegalArgumentException("cannot tell the database from the URL " + redact(jdbcUrl));
  }

  /** The server the dialect speaks to, as Liquibase names it: postgresql, mysql or mariadb. */
  public static String server(Dialect dialect) {
    if (dialect.name().equals(PostgresDialect.NAME)) {
      return "postgresql";
    }
    return MysqlDialect.flavour(dialect) == MysqlFlavour.MARIADB ? "mariadb" : "mysql";
  }

  public static Dialect forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "postgres", "postgresql" -> PostgresDialect.create();
      case "mysql" -> MysqlDialect.create();
      case "mariadb" -> MysqlDialect.create(MysqlFlavour.MARIADB);
      default ->
          throw new IllegalArgumentException(
              "unknown dialect '" + name + "' (known: postgres, mysql, mariadb)");
    };
  }

  /**
   * The same dialect with the facts of the given server version (as JDBC reports it); unchanged
   * when the text cannot be parsed.
   */
  public static Dialect forServer(Dialect dialect, String serverVersion) {
    return forServer(dialect, serverVersion, "");
  }

  /**
   * The same dialect with the facts of the given server version and session time zone (e.g. {@code
   * UTC}; empty when unknown); unchanged when the version cannot be parsed.
   */
  public static Dialect forServer(Dialect dialect, String serverVersion, String timeZone) {
    return forServer(dialect, serverVersion, timeZone, TableNameCase.SENSITIVE);
  }

  /**
   * The same dialect with the facts of the given server version, session time zone and table-name
   * rule (MySQL's {@code lower_case_table_names}; PostgreSQL has one rule); unchanged when the
   * version cannot be parsed.
   */
  public static Dialect forServer(
      Dialect dialect, String serverVersion, String timeZone, TableNameCase tableNames) {
    if (dialect.name().equals(MysqlDialect.NAME)) {
      // the version text also tells MySQL from MariaDB ("10.11.6-MariaDB")
      return MysqlDialect.forServer(serverVersion, tableNames).orElse(dialect);
    }
    return ServerVersion.parse(serverVersion)
        .map(
            v ->
                switch (dialect.name()) {
                  case PostgresDialect.NAME -> PostgresDialect.create(v, timeZone);
                  default -> dialect;
                })
        .orElse(dialect);
  }

  /**
   * The same dialect (and flavour) at a version the user names, e.g. {@code 11}, {@code 10.6} or
   * {@code 8.0.28}: the target server's, when no database is asked.
   *
   * @throws IllegalArgumentException when the text holds no version
   */
  public static Dialect atVersion(Dialect dialect, String version) {
    ServerVersion v =
        ServerVersion.parse(version)
            .filter(x -> version.strip().matches("\\d+(\\.\\d+){0,2}"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--server-version '"
                            + version
                            + "' is not a version (e.g. 11, 10.6, 8.0.28)"));
    return switch (dialect.name()) {
      case MysqlDialect.NAME -> MysqlDialect.atVersion(dialect, v);
      case PostgresDialect.NAME -> PostgresDialect.create(v);
      default -> dialect;
    };
  }

  /** The URL without any password parameter, for messages. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }
}
