/**
 * The entity sources at a revision, behind one interface ({@link
 * dev.autogen.history.EntitySourcesAtRevision}): in, a revision; out, the entity model (and source
 * texts) the sources gave at that revision. {@link dev.autogen.history.HistoryBase} picks the
 * revision {@code autogen -m} compares with. Holds no implementation of its own: it never runs git
 * or reads files itself ({@code dev.autogen.git} does), and knows nothing of the CLI or lint.
 */
package dev.autogen.history;
