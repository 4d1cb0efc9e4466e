/**
 * The lint rules, one class per rule (or per family of codes). Statement rules ({@link
 * dev.autogen.lint.rules.StatementRule}, composed per dialect's capabilities by {@link
 * dev.autogen.lint.rules.StatementRules}) take one {@link dev.autogen.lint.LintStatement} and the
 * {@link dev.autogen.lint.state.MigrationState} and give {@link dev.autogen.lint.Violation}s; the
 * whole-change checks ({@code SchemaCheck}, {@code ModelCheck}, {@code IntermediateCheck}, {@code
 * ContractGate}) take the {@link dev.autogen.lint.rules.StatementPass} with schemas, entity models
 * or sources already read, and give {@link dev.autogen.lint.Finding}s. Every code is stable and
 * documented in {@code docs/rules.md}. Rules never do I/O (files, git, the dev database), never
 * print, and change the state only through {@code Touches.markHandled}; running them over files is
 * {@code lint.run}'s job.
 */
package dev.autogen.lint.rules;
