/**
 * Reads JPA entity sources into the desired schema, as Hibernate would create it, without compiling
 * them. In: source roots, a naming strategy and the dialect (its type mapper and identifier rules);
 * out: an {@link dev.autogen.entities.EntityModel}: the desired {@link dev.autogen.model.Schema},
 * declared renames and rename evidence, id sequences, warnings with file and line. It reads the
 * source files and nothing else: never a database, git or the console. It is the only package that
 * imports JavaParser (an ArchUnit rule).
 *
 * <p>One read composes its mappers once: the {@code MappingContext} (what every mapper reads with),
 * the {@code EntityCatalog} (the entities and their fields, with the column mapper and embeddable
 * expander it maps fields with, which the collection mapper shares), then one {@code EntityMapper}.
 */
package dev.autogen.entities;
