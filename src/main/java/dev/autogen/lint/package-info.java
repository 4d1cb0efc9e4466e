/**
 * The lint wing's vocabulary and statement reading. In: the text of migration files (SQL, Java
 * migrations, Liquibase change sets) and the dialect. It reads each statement through {@code sql}'s
 * splitter into a {@link dev.autogen.lint.LintStatement} (kind, words, alter actions, JSqlParser's
 * tree where one is needed) and holds what every rule speaks: {@link dev.autogen.lint.Rule}, {@link
 * dev.autogen.lint.Finding}, {@link dev.autogen.lint.Severity}, {@link
 * dev.autogen.lint.MigrationTool}. Out: statements for {@code lint.state} and {@code lint.rules}.
 * The rooms below it do the rest: {@code state} tracks what the statements did across files, {@code
 * rules} judges, {@code report} writes, {@code run} finds the files and orchestrates. Nothing here
 * touches a file, git, a database or the console.
 */
package dev.autogen.lint;
