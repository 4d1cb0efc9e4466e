/**
 * Reads the current schema from a live database, read-only, in a fixed number of set-based catalog
 * queries whatever the number of tables. In: a JDBC connection, the schema name and the dialect;
 * out: an {@link dev.autogen.introspect.Introspection}: the current {@link
 * dev.autogen.model.Schema}, table statistics and the server version. {@link
 * dev.autogen.introspect.Introspector} owns the read-only session and error reporting; the database
 * family's reader in a subpackage runs the queries, picked only by {@code CatalogReaders} (an
 * ArchUnit rule). It never writes to the database (the session is read-only and rolled back) and
 * never reads files. It is the only package that may import SchemaCrawler (an ArchUnit rule); no
 * reader uses it today (see {@link dev.autogen.introspect.Introspector} for why).
 */
package dev.autogen.introspect;
