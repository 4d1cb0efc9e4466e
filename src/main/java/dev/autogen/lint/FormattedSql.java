package dev.autogen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase's formatted SQL changelogs ({@code --liquibase formatted sql}): their directive lines
 * ({@code --changeset}, {@code --rollback}, {@code --preconditions}...) are read by Liquibase and
 * never sent to the server. PostgreSQL's lexer takes them for comments, MySQL's does not ({@code
 * --} needs a space after it there), so they are blanked before the SQL is split, keeping every
 * other line where it is.
 */
public final class FormattedSql {
  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*--\\s*liquibase\\s+formatted\\s+sql", Pattern.CASE_INSENSITIVE);

  /** The directives Liquibase's FormattedSqlChangeLogParser reads, as it matches them. */
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?im)^[ \\t]*--[ \\t]*(liquibase\\s+formatted|changeset\\s|rollback\\b|preconditions\\b"
              + "|precondition-|comment\\b|validCheckSum\\b|ignoreLines:|property\\s|include\\s"
              + "|includeAll\\s)[^\\n]*$");

  /** A {@code --changeset} line, as Liquibase's parser matches it. */
  private static final Pattern CHANGESET =
      Pattern.compile("^[ \\t]*--[ \\t]*changeset\\s", Pattern.CASE_INSENSITIVE);

  /** Liquibase's {@code runInTransaction:} attribute and its value. */
  private static final Pattern RUN_IN_TRANSACTION =
      Pattern.compile("\\brunInTransaction:(\\w+)", Pattern.CASE_INSENSITIVE);

  /**
   * A changeset of the file: its {@code --changeset} line up to the line before the next one (or
   * the file's last line), 1-based, and whether Liquibase runs it in a transaction.
   */
  record Changeset(int firstLine, int lastLine, boolean runInTransaction) {}

  private FormattedSql() {}

  /** The file's changesets in order; none when it is not a formatted SQL changelog. */
  static List<Changeset> changesets(String text) {
    List<Changeset> out = new ArrayList<>();
    if (!is(text)) {
      return out;
    }
    String[] lines = text.split("\\n", -1);
    int start = -1;
    boolean inTransaction = true;
    for (int i = 0; i < lines.length; i++) {
      if (!CHANGESET.matcher(lines[i]).lookingAt()) {
        continue;
      }
      if (start > 0) {
        out.add(new Changeset(start, i, inTransaction));
      }
      start = i + 1;
      Matcher m = RUN_IN_TRANSACTION.matcher(lines[i]);
      // Liquibase's default is true; only the word false turns it off
      inTransaction = !(m.find() && m.group(1).equalsIgnoreCase("false"));
    }
    if (start > 0) {
      out.add(new Changeset(start, lines.length, inTransaction));
    }
    return out;
  }

  /** Whether the text is a formatted SQL changelog ({@code --liquibase formatted sql} first). */
  public static boolean is(String text) {
    return HEADER.matcher(text).lookingAt();
  }

  /**
   * SQL text (an XML, YAML or JSON sql change's, say) made safe to stand inside a formatted SQL
   * changelog: where it is SQL, a line such as {@code --changeset a:b runInTransaction:false} is a
   * comment, and it must stay one rather than start a changeset of its own. Each line a directive
   * would match becomes {@code -- } and the line, a comment on every server; line count unchanged.
   */
  public static String inert(String sql) {
    return DIRECTIVE.matcher(sql).replaceAll(m -> Matcher.quoteReplacement("-- " + m.group()));
  }

  /** The text with directive lines emptied; line numbers are unchanged. */
  public static String sqlOnly(String text) {
    return is(text) ? DIRECTIVE.matcher(text).replaceAll("") : text;
  }
}
