package dev.autogen.dialect;

import java.util.Locale;

/**
 * How a server stores and compares table names. PostgreSQL folds unquoted names and then compares
 * exactly; MySQL and MariaDB follow their {@code lower_case_table_names} setting, read from the
 * server (0 on Linux, 1 on Windows, 2 on macOS by default).
 */
public enum TableNameCase {
  /** {@code lower_case_table_names=0}: stored as written, compared exactly. */
  SENSITIVE,
  /** {@code lower_case_table_names=1}: stored in lower case, compared in lower case. */
  LOWERED,
  /**
   * {@code lower_case_table_names=2}: stored as written, compared in lower case (InnoDB stores them
   * in lower case anyway).
   */
  INSENSITIVE;

  /** The rule a {@code lower_case_table_names} value sets; an unknown value reads as 0. */
  public static TableNameCase ofLowerCaseTableNames(int value) {
    return switch (value) {
      case 1 -> LOWERED;
      case 2 -> INSENSITIVE;
      default -> SENSITIVE;
    };
  }

  /** Whether {@code Ticket} and {@code ticket} are two tables. */
  public boolean caseSensitive() {
    return this == SENSITIVE;
  }

  /** Whether the server stores every table name in lower case, whatever was written. */
  public boolean storesLowerCase() {
    return this == LOWERED;
  }

  /** Whether the two names name one table on such a server. */
  public boolean sameTable(String a, String b) {
    return caseSensitive() ? a.equals(b) : key(a).equals(key(b));
  }

  /** The form two names are compared in. */
  public String key(String name) {
    return caseSensitive() ? name : name.toLowerCase(Locale.ROOT);
  }
}
