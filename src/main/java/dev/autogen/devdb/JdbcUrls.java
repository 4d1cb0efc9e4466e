package dev.autogen.devdb;

import java.util.regex.Pattern;

/**
 * Makes JDBC URLs safe to show (a password in the query string or user-info is masked), and derives
 * the URL of another database on the same server with no credentials of its own.
 */
final class JdbcUrls {
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");
  private static final Pattern CREDENTIAL_PARAM =
      Pattern.compile("(?i)(?<=^|[&;])(user|password)=[^&;]*[&;]?");

  private JdbcUrls() {}

  static String withoutPassword(String url) {
    String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }

  /**
   * The same server's {@code database}, without the user and password the URL may carry (so that
   * the credentials passed beside it apply) and without a {@code currentSchema}. For {@code
   * jdbc:postgresql:}, {@code jdbc:mysql:} and {@code jdbc:mariadb:} URLs with a {@code //host}
   * part, and PostgreSQL's {@code jdbc:postgresql:database} form.
   */
  static String withDatabase(String url, String database) {
    int colon = url.indexOf(':', "jdbc:".length());
    String prefix = url.substring(0, colon + 1);
    String rest = url.substring(colon + 1);
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    String query = q < 0 ? "" : rest.substring(q + 1);
    String target;
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
      String hosts = slash < 0 ? path.substring(2) : path.substring(2, slash);
      target = "//" + hosts.substring(hosts.lastIndexOf('@') + 1) + "/" + database;
    } else {
      target = database;
    }
    String kept =
        CREDENTIAL_PARAM
            .matcher(query.replaceAll("(?i)(?<=^|[&;])currentSchema=[^&;]*[&;]?", ""))
            .replaceAll("");
    kept = kept.replaceAll("[&;]+$", "");
    return prefix + target + (kept.isEmpty() ? "" : "?" + kept);
  }
}
