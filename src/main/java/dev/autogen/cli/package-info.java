/**
 * The command line: picocli commands ({@code -m}, {@code diff}, {@code promote}, {@code lint},
 * {@code explain}), settings from arguments, environment and {@code autogen.properties}. In: argv
 * and the environment; out: an exit code, the report on the console and the migration files on
 * disk. It resolves the dialect once, wires the stages together and turns their results and
 * questions into messages and exit codes; it is the only package that prints, exits or writes
 * migration files, and it makes no domain decision itself (a rename, a default, a refusal lives in
 * a stage). No other package depends on it (an ArchUnit rule).
 */
package dev.autogen.cli;
