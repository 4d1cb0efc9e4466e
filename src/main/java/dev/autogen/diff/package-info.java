/**
 * The differ: compares the current schema (the database) with the desired one (the entities). In:
 * two {@link dev.autogen.model.Schema}s and the renames the user stated; out: a {@link
 * dev.autogen.diff.ChangeSet} of sealed {@link dev.autogen.diff.Change} records holding model
 * values, never SQL. Objects match by structure, not by server-chosen names; renames are never
 * guessed here. Pure: no I/O, no database, no dialect decisions, and it never depends on the stages
 * after it (renames, classify, plan, render; an ArchUnit rule).
 */
package dev.autogen.diff;
