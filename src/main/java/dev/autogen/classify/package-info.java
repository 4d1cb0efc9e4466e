/**
 * The classifier: answers for every change whether the old application keeps working on the new
 * schema, whether the new one works on the old schema, and what applying it risks. In: a {@link
 * dev.autogen.diff.ChangeSet}, the dialect's capabilities, table statistics and settings; out: a
 * list of {@link dev.autogen.classify.Assessment}s (compatibility, reasons, hazards with stable
 * rule codes documented in {@code docs/rules.md}). Pure: no I/O, no database, and it never depends
 * on plan or render (an ArchUnit rule).
 */
package dev.autogen.classify;
