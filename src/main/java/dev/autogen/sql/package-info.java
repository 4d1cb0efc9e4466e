/**
 * The one SQL lexical layer: a tokenizer ({@link dev.autogen.sql.Tokenizer}) and a statement
 * splitter ({@link dev.autogen.sql.StatementSplitter}) over a single scanner, driven by the
 * dialect's {@link dev.autogen.dialect.ScriptConventions} (PostgreSQL: {@code E''} and {@code U&''}
 * strings, dollar quotes with tags, nested comments, {@code BEGIN ATOMIC} bodies; MySQL and
 * MariaDB: backslash escapes, {@code #} comments, backticks, {@code DELIMITER} lines, {@code BEGIN
 * ... END} routine bodies).
 *
 * <p>In: script or statement text and a dialect. Out: statements with their text, line and column,
 * and their tokens with line and column. Linear in the length of the text. It never touches a
 * database, a file or the console, and knows nothing of migrations, lint rules or plans; {@code
 * devdb} and {@code lint} read SQL through it. JSqlParser, where a full syntax tree is needed,
 * lives here or in {@code lint}.
 */
package dev.autogen.sql;
