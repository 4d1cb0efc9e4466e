/**
 * The lint report and its writers. In: a {@link dev.autogen.lint.report.LintReport} (the linted
 * files and the findings, sorted by file, line and rule code). Out: text on a {@link
 * java.io.PrintWriter} in one of the formats (plain text, JSON, SARIF 2.1.0, GitHub workflow
 * commands, JUnit XML); the report also answers whether a severity threshold fails the build. The
 * writers never open files or streams themselves (the command hands them its writer), never print
 * to the console, and know nothing of rules, state or how a run was made.
 */
package dev.autogen.lint.report;
