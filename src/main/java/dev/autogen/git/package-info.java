/**
 * Reading a git repository with the {@code git} command, nothing checked out: the files of a
 * revision ({@link dev.autogen.git.GitRevision}) and the entity sources at a revision ({@link
 * dev.autogen.git.GitEntitySources}, the git implementation of {@link
 * dev.autogen.history.EntitySourcesAtRevision}). In: a working folder and a revision; out: file
 * lists, file contents, an entity model. It only reads: it never writes to the repository, and only
 * the CLI and lint's run wire it in (an ArchUnit rule); stages see the interface's results.
 */
package dev.autogen.git;
