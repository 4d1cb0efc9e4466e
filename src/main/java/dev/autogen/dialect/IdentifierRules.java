package dev.autogen.dialect;

import dev.autogen.model.Identifier;

/** How a dialect folds, quotes and limits names. */
public interface IdentifierRules {

  /** The catalog form of a name written unquoted (PostgreSQL folds to lower case). */
  Identifier fold(String unquoted);

  /**
   * The catalog form of a name as written in SQL or a mapping, quoted ({@code "Foo"}, {@code
   * `Foo`}) or not.
   */
  Identifier fromSql(String written);

  /** The name quoted for this dialect, with embedded quote characters doubled. */
  String quote(Identifier identifier);

  /** Longest name the dialect keeps; generated names are shortened to fit. */
  int maxLength();

  /** The length of a name as {@link #maxLength} counts it (characters by default). */
  default int length(Identifier identifier) {
    return identifier.value().codePointCount(0, identifier.value().length());
  }

  /** What {@link #maxLength} counts: {@code characters} or {@code bytes}. */
  default String lengthUnit() {
    return "characters";
  }

  /**
   * The name the server gives the primary key of {@code table} when none is written (PostgreSQL:
   * {@code <table>_pkey}; MySQL and MariaDB: always {@code PRIMARY}).
   */
  Identifier primaryKeyName(Identifier table);

  /**
   * The suffix of the foreign key names autogen generates where the mapping names none, as in
   * {@code orders_customer_id_fkey} (PostgreSQL's own convention).
   */
  default String generatedForeignKeySuffix() {
    return "fkey";
  }

  /**
   * The suffix of the unique constraint names autogen generates where the mapping names none, as in
   * {@code users_email_key} (PostgreSQL's own convention).
   */
  default String generatedUniqueSuffix() {
    return "key";
  }

  /**
   * Whether two table names differing only in case are different tables (PostgreSQL: yes, once
   * folded; MySQL: as {@code lower_case_table_names} says).
   */
  default boolean caseSensitiveTables() {
    return tableNames().caseSensitive();
  }

  /** How the server stores and compares table names (PostgreSQL: exactly, once folded). */
  default TableNameCase tableNames() {
    return TableNameCase.SENSITIVE;
  }

  /** Whether two column names differing only in case are different columns (MySQL: no). */
  default boolean caseSensitiveColumns() {
    return true;
  }

  /** The lexical rules scripts of this dialect are written in (quotes, comments, escapes). */
  default ScriptConventions scriptConventions() {
    return ScriptConventions.POSTGRES;
  }
}
