package dev.autogen.lint.run;

import java.util.regex.Pattern;

/**
 * Liquibase's formatted SQL changelogs ({@code --liquibase formatted sql}): their directive lines
 * ({@code --changeset}, {@code --rollback}, {@code --preconditions}...) are read by Liquibase and
 * never sent to the server. PostgreSQL's lexer takes them for comments, MySQL's does not ({@code
 * --} needs a space after it there), so they are blanked before the SQL is split, keeping every
 * other line where it is.
 */
final class FormattedSql {
  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*--\\s*liquibase\\s+formatted\\s+sql", Pattern.CASE_INSENSITIVE);

  /** The directives Liquibase's FormattedSqlChangeLogParser reads, as it matches them. */
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?im)^[ \\t]*--[ \\t]*(liquibase\\s+formatted|changeset\\s|rollback\\b|preconditions\\b"
              + "|precondition-|comment\\b|validCheckSum\\b|ignoreLines:|property\\s|include\\s"
              + "|includeAll\\s)[^\\n]*$");

  private FormattedSql() {}

  static boolean is(String text) {
    return HEADER.matcher(text).lookingAt();
  }

  /** The text with directive lines emptied; line numbers are unchanged. */
  static String sqlOnly(String text) {
    return is(text) ? DIRECTIVE.matcher(text).replaceAll("") : text;
  }
}
