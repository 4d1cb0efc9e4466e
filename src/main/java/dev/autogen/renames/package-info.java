/**
 * The rename decision, a pure stage between diff and classify. In: the differ's {@link
 * dev.autogen.diff.ChangeSet} (renames the user stated with {@code --rename} or {@code RenamedFrom}
 * already applied) and the evidence ({@link dev.autogen.renames.RenameEvidence}: the entity model
 * with its field-name evidence, and the entity model at the history base when there is one). Out: a
 * {@link dev.autogen.renames.RenameDecision}: the changes with the look-alike pairs as suggestions,
 * and the pairs that are most likely renames as {@link dev.autogen.renames.RenameQuestion}s for the
 * user. It never guesses a rename into the changes, and never touches files, git, the database or
 * the console: the history arrives as a model read elsewhere, and the CLI turns questions into its
 * message and exit code.
 */
package dev.autogen.renames;
