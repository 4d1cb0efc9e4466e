package dev.autogen.devdb;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to show: a password in the query string or user-info is masked. */
final class JdbcUrls {
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^/@]*@");

  private JdbcUrls() {}

  static String withoutPassword(String url) {
    String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }
}
