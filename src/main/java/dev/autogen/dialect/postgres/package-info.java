/**
 * The PostgreSQL dialect: its capabilities by server version, the type mapper (canonical type
 * names, {@code format_type} spellings, what Hibernate creates for each JDBC kind), identifier
 * folding to lower case and expression normalisation. In: an optional server version; out: a {@link
 * dev.autogen.dialect.Dialect}. Data only: no I/O, no connection, and nothing outside the dialect
 * package refers to it except through {@code Dialects}.
 */
package dev.autogen.dialect.postgres;
