/**
 * The neutral schema model every stage speaks: {@link dev.autogen.model.Schema} and its tables,
 * columns, keys, indexes, checks and sequences, as immutable records, with names as {@link
 * dev.autogen.model.Identifier}s in catalog form and types as canonical {@link
 * dev.autogen.model.SqlType}s. In: values built by the entity reader (desired) and the introspector
 * (current); out: the same values, compared by the differ. It holds data only: it depends on no
 * other autogen package (an ArchUnit rule), knows no dialect, does no I/O and holds no SQL text
 * beyond the expressions a catalog reports.
 */
package dev.autogen.model;
