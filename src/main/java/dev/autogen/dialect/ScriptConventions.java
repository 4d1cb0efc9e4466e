package dev.autogen.dialect;

import java.util.EnumSet;
import java.util.Set;

/**
 * How migration scripts are written for a dialect: the lexical facts the one SQL tokenizer and
 * statement splitter ({@code dev.autogen.sql}) follow, and the session setting that bounds how long
 * DDL waits for its lock.
 *
 * @param identifierQuote the character that quotes identifiers ({@code "} or {@code `})
 * @param lexemes the lexical rules that hold for this dialect's scripts
 * @param lockTimeoutSetting the session setting that makes a statement give up waiting for a table
 *     lock instead of queueing every later query behind it
 * @param lockTimeoutStatement how a migration sets it, as the safe alternative shows it
 */
public record ScriptConventions(
    char identifierQuote,
    Set<Lexeme> lexemes,
    String lockTimeoutSetting,
    String lockTimeoutStatement) {

  /** One lexical rule a dialect's scripts may follow. */
  public enum Lexeme {
    /** {@code "..."} is a string literal, not an identifier (MySQL without {@code ANSI_QUOTES}). */
    DOUBLE_QUOTED_STRINGS,
    /** {@code #} starts a comment to the end of the line. */
    HASH_COMMENTS,
    /** {@code --} starts a comment only before a space, control character or the end. */
    DASH_COMMENTS_NEED_SPACE,
    /** {@code /* /* *}{@code / *}{@code /} nests: a block comment ends at its own close. */
    NESTED_COMMENTS,
    /** A backslash escapes the next character in every string literal. */
    BACKSLASH_ESCAPES,
    /** {@code E'...'} strings take backslash escapes ({@code E'it\'s'}). */
    ESCAPE_STRINGS,
    /** {@code U&'...'} strings and {@code U&"..."} identifiers. */
    UNICODE_ESCAPES,
    /** {@code $$...$$} and {@code $tag$...$tag$} quote function bodies. */
    DOLLAR_QUOTES,
    /** The client command {@code DELIMITER //} changes the statement terminator. */
    DELIMITER_COMMAND,
    /** {@code BEGIN ATOMIC ... END} function bodies keep their semicolons (PostgreSQL 14+). */
    ATOMIC_BODIES,
    /**
     * {@code BEGIN ... END} bodies of {@code CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT} and
     * {@code BEGIN NOT ATOMIC} blocks keep their semicolons, as the server parses them.
     */
    ROUTINE_BODIES
  }

  public ScriptConventions {
    lexemes = Set.copyOf(lexemes);
  }

  /**
   * PostgreSQL: standard quoting, {@code E''} and {@code U&''} strings, dollar-quoted bodies,
   * nested comments, {@code BEGIN ATOMIC} bodies, {@code lock_timeout}.
   */
  public static final ScriptConventions POSTGRES =
      new ScriptConventions(
          '"',
          EnumSet.of(
              Lexeme.NESTED_COMMENTS,
              Lexeme.ESCAPE_STRINGS,
              Lexeme.UNICODE_ESCAPES,
              Lexeme.DOLLAR_QUOTES,
              Lexeme.ATOMIC_BODIES),
          "lock_timeout",
          "SET lock_timeout = '5s'");

  /**
   * MySQL and MariaDB in their default SQL mode: backticks, {@code "..."} strings, {@code #} and
   * {@code -- } comments, backslash escapes, {@code DELIMITER} and {@code BEGIN ... END} routine
   * bodies, and {@code lock_wait_timeout} (metadata locks, in seconds).
   */
  public static final ScriptConventions MYSQL =
      new ScriptConventions(
          '`',
          EnumSet.of(
              Lexeme.DOUBLE_QUOTED_STRINGS,
              Lexeme.HASH_COMMENTS,
              Lexeme.DASH_COMMENTS_NEED_SPACE,
              Lexeme.BACKSLASH_ESCAPES,
              Lexeme.DELIMITER_COMMAND,
              Lexeme.ROUTINE_BODIES),
          "lock_wait_timeout",
          "SET SESSION lock_wait_timeout = 5");

  /** Whether this dialect's scripts follow {@code lexeme}. */
  public boolean has(Lexeme lexeme) {
    return lexemes.contains(lexeme);
  }

  /** {@code "..."} is a string literal (see {@link Lexeme#DOUBLE_QUOTED_STRINGS}). */
  public boolean doubleQuotedStrings() {
    return has(Lexeme.DOUBLE_QUOTED_STRINGS);
  }

  /** {@code #} starts a comment (see {@link Lexeme#HASH_COMMENTS}). */
  public boolean hashComments() {
    return has(Lexeme.HASH_COMMENTS);
  }

  /** Every string takes backslash escapes (see {@link Lexeme#BACKSLASH_ESCAPES}). */
  public boolean backslashEscapes() {
    return has(Lexeme.BACKSLASH_ESCAPES);
  }

  /** Dollar quotes (see {@link Lexeme#DOLLAR_QUOTES}). */
  public boolean dollarQuotes() {
    return has(Lexeme.DOLLAR_QUOTES);
  }

  /** {@code DELIMITER} lines (see {@link Lexeme#DELIMITER_COMMAND}). */
  public boolean delimiterCommand() {
    return has(Lexeme.DELIMITER_COMMAND);
  }
}
