/**
 * What differs between databases, as data: a {@link dev.autogen.dialect.Dialect} holds {@link
 * dev.autogen.dialect.Capabilities} (named facts with the versions they hold from), a type mapper,
 * identifier, expression and script rules, and its template folder. In: a JDBC URL, a configured
 * name or a server version; out: the dialect, resolved once (by {@link
 * dev.autogen.dialect.Dialects}, the only class here that knows the subpackages; an ArchUnit rule)
 * and passed down. Shared code asks capabilities, never which dialect it has. No I/O, no
 * connection: a server version arrives as text.
 */
package dev.autogen.dialect;
