/**
 * The annotations an application may put on its entities for autogen: {@link
 * dev.autogen.annotations.RenamedFrom} states a renamed table or column. In: nothing (they are read
 * from source text by the entity reader, which matches any annotation of the same simple name);
 * out: nothing at run time (class retention). It must never depend on any other autogen package, so
 * that an application can compile against it alone.
 */
package dev.autogen.annotations;
