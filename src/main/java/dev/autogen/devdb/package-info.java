/**
 * Throwaway dev databases: when no live database is configured, the migration history is replayed
 * into one so that its schema can be introspected. In: a one-string spec (embedded, {@code
 * docker://IMAGE}, a PostgreSQL or MySQL/MariaDB JDBC URL) and a {@link
 * dev.autogen.devdb.HistoryReplay} (the real Flyway or the real Liquibase, never a
 * re-implementation of their rules); out: a {@link dev.autogen.devdb.DevDatabase} with the history
 * replayed, whose close removes everything it created. It starts servers and creates and drops only
 * its own {@code autogen_dev_*} schema or database; it never touches anything else in a database it
 * is given, never writes migration files, and knows nothing of the stages that read its schema.
 */
package dev.autogen.devdb;
