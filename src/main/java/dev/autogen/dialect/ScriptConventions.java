package dev.autogen.dialect;

/**
 * How migration scripts are written for a dialect: the lexical facts a script splitter and a
 * statement reader need, and the session setting that bounds how long DDL waits for its lock.
 *
 * @param identifierQuote the character that quotes identifiers ({@code "} or {@code `})
 * @param doubleQuotedStrings {@code "..."} is a string literal, not an identifier (MySQL without
 *     {@code ANSI_QUOTES})
 * @param hashComments {@code #} starts a comment to the end of the line
 * @param backslashEscapes a backslash escapes the next character in every string literal
 * @param dollarQuotes {@code $$...$$} and {@code $tag$...$tag$} quote function bodies
 * @param delimiterCommand the client command {@code DELIMITER //} changes the statement terminator
 *     (for procedure and trigger bodies)
 * @param lockTimeoutSetting the session setting that makes a statement give up waiting for a table
 *     lock instead of queueing every later query behind it
 * @param lockTimeoutStatement how a migration sets it, as the safe alternative shows it
 */
public record ScriptConventions(
    char identifierQuote,
    boolean doubleQuotedStrings,
    boolean hashComments,
    boolean backslashEscapes,
    boolean dollarQuotes,
    boolean delimiterCommand,
    String lockTimeoutSetting,
    String lockTimeoutStatement) {

  /** PostgreSQL: standard quoting, dollar-quoted bodies, {@code lock_timeout}. */
  public static final ScriptConventions POSTGRES =
      new ScriptConventions(
          '"', false, false, false, true, false, "lock_timeout", "SET lock_timeout = '5s'");

  /**
   * MySQL and MariaDB in their default SQL mode: backticks, {@code #} comments, backslash escapes,
   * {@code DELIMITER} blocks, and {@code lock_wait_timeout} (metadata locks, in seconds).
   */
  public static final ScriptConventions MYSQL =
      new ScriptConventions(
          '`',
          true,
          true,
          true,
          false,
          true,
          "lock_wait_timeout",
          "SET SESSION lock_wait_timeout = 5");
}
