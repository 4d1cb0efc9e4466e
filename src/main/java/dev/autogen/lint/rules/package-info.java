/**
 * The lint rules, one class per rule (or per family of codes). A statement rule's class declares
 * its {@link dev.autogen.lint.Rule} once (a {@code RULE} constant, or a {@code rule(tool)} factory
 * where the wording names the migration tool) and its check; {@link
 * dev.autogen.lint.rules.StatementRules} pairs the two into {@link
 * dev.autogen.lint.rules.StatementRule}s per dialect's capabilities. A check takes one {@link
 * dev.autogen.lint.LintStatement} and the {@link dev.autogen.lint.state.MigrationState} and reports
 * {@link dev.autogen.lint.Violation}s through a sink bound to its rule; the whole-change checks
 * ({@code SchemaCheck}, {@code ModelCheck}, {@code IntermediateCheck}, {@code ContractGate}) take
 * the {@link dev.autogen.lint.rules.StatementPass} with schemas, entity models or sources already
 * read, and give {@link dev.autogen.lint.Finding}s. Every code is stable and documented in {@code
 * docs/rules.md}. Rules never do I/O (files, git, the dev database), never print, and change the
 * state only through {@code Touches.markHandled}; running them over files is {@code lint.run}'s
 * job.
 */
package dev.autogen.lint.rules;
