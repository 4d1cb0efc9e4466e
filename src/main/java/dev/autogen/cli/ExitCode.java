package dev.autogen.cli;

/** Exit codes scripts and CI can rely on. */
final class ExitCode {
  private ExitCode() {}

  static final int OK = 0;

  /** {@code diff --exit-code} found changes. */
  static final int CHANGES = 1;

  /**
   * Bad usage, configuration or input (entity sources, options, a change that needs more input).
   */
  static final int USAGE = 2;

  /** The database (live or dev) could not be reached. */
  static final int DATABASE = 3;

  /** Standard output could not be written (a full disk, a closed pipe): EX_IOERR of sysexits.h. */
  static final int OUTPUT = 74;

  /** A bug in autogen (an unexpected exception, printed with its stack trace): EX_SOFTWARE. */
  static final int INTERNAL = 70;
}
