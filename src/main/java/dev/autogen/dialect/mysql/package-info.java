/**
 * The MySQL and MariaDB dialect (one name, one template folder), the flavour told by the server
 * version text: capabilities by flavour and version (instant ADD COLUMN, MariaDB's {@code uuid}),
 * the type mapper, identifier and expression rules. In: an optional server version; out: a {@link
 * dev.autogen.dialect.Dialect}. Data only: no I/O, no connection, and nothing outside the dialect
 * package refers to it except through {@code Dialects}.
 */
package dev.autogen.dialect.mysql;
