/**
 * The renderer: turns a plan into migration files through logic-less Mustache templates, with names
 * quoted and types spelled by the dialect before a template sees them. In: a {@link
 * dev.autogen.plan.MigrationPlan}, the dialect, a {@link dev.autogen.render.TemplateSource} (the
 * jar's templates, a user {@link dev.autogen.render.TemplateFolder} first) and render settings;
 * out: a list of {@link dev.autogen.render.RenderedFile}s (path and text). It writes nothing and
 * reads no files itself: bundled templates come from the classpath, the user's folder through the
 * loader the CLI passes in (an ArchUnit rule).
 */
package dev.autogen.render;
