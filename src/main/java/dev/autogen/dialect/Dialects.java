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
    if (dialect.name().equals(MysqlDialect.NAME)) {
      // the version text also tells MySQL from MariaDB ("10.11.6-MariaDB")
      return MysqlDialect.forServer(serverVersion).orElse(dialect);
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

  /** The URL without any password parameter, for messages. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }
}
