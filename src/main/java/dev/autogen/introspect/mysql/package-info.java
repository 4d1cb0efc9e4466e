/**
 * MySQL's and MariaDB's catalog reader: one {@code information_schema} query per object kind
 * (tables with size estimates, columns, keys, checks, indexes, MariaDB sequences), the database
 * name bound as a parameter. In: a connection inside the introspector's read-only session; out: the
 * current {@link dev.autogen.model.Schema}. It never opens or ends sessions, never writes, does not
 * use SchemaCrawler and knows nothing of the PostgreSQL reader.
 */
package dev.autogen.introspect.mysql;
