/**
 * What replaying the migration files tells the rules. {@link dev.autogen.lint.state.MigrationState}
 * takes the {@link dev.autogen.lint.LintStatement}s of every file in Flyway order and keeps, one
 * piece per thing tracked, what they did (the current file, tables and columns, NOT NULL checks,
 * deprecations, touches), keyed by records of {@link dev.autogen.model.Identifier}s made by {@link
 * dev.autogen.lint.state.Keys} under the dialect's case rules; {@link
 * dev.autogen.lint.state.Surface} and {@link dev.autogen.lint.state.SurfaceSteps} hold what the
 * schema looked like after each file, as {@code lint.run} read it from a dev database. Out go
 * answers to the rules' questions. This package never does I/O, never produces findings and knows
 * no rule.
 */
package dev.autogen.lint.state;
