/**
 * PostgreSQL's catalog reader: one {@code pg_catalog} query per object kind (tables with their
 * statistics, columns, constraints, indexes, sequences), the schema name bound as a parameter; the
 * server version from the driver's metadata. In: a connection inside the introspector's read-only
 * session; out: the current {@link dev.autogen.model.Schema} with types parsed through the
 * dialect's type mapper. It never opens or ends transactions or sessions (the introspector does),
 * never writes, and knows nothing of the MySQL reader.
 */
package dev.autogen.introspect.postgres;
