package dev.autogen.dialect;

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
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      throw new IllegalArgumentException(
          "MySQL/MariaDB is not supported yet (the MySQL issue): " + redact(jdbcUrl));
    }
    throw new IllegalArgumentException("cannot tell the database from the URL " + redact(jdbcUrl));
  }

  public static Dialect forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "postgres", "postgresql" -> PostgresDialect.create();
      default ->
          throw new IllegalArgumentException("unknown dialect '" + name + "' (known: postgres)");
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
