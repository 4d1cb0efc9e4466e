/**
 * One lint run, orchestrated. In: the options of {@code autogen lint} (dialect, folders, explicit
 * files or a git base revision, entity roots) and a way to open a dev database. It picks the
 * targets ({@link dev.autogen.lint.run.LintTargets}, {@link
 * dev.autogen.lint.run.PullRequestFiles}), reads the files and drives the statement rules over them
 * ({@link dev.autogen.lint.run.StatementLinter}), checks the folders ({@link
 * dev.autogen.lint.run.FolderHealth}), replays the history on the dev database ({@link
 * dev.autogen.lint.run.SchemaSnapshots}), reads the entity models at both revisions, and hands all
 * of it to the checks of {@code lint.rules}. Out: a {@link dev.autogen.lint.report.LintReport}.
 * This is the only lint package that does I/O (files, git, the dev database); it holds no rule
 * logic of its own beyond the folder rules, and never prints or exits: that is the command's job.
 */
package dev.autogen.lint.run;
